import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorOf, newWorkshopCommands, ok, startHttpFixture, type HttpFixture, type WorkshopCommands } from './fixture';

interface Target {
  year: number;
  value: number;
}
type Opened = { workshop: { goals: { id: string; text: string; indicator: { targets: Target[] } }[] } };

const goal = (targets: Target[], text = 'Meningkatkan layanan publik yang dapat diurus secara daring') => ({
  id: 'tujuan-1',
  text,
  indicator: { name: 'Persentase layanan daring', unit: '%', baseline: 35, baselineYear: 2025, targets },
});

/** A goal's targets over HTTP: any year of the plan is taken, a year outside it is refused with 400. */
describe("a goal's targets by year over HTTP", () => {
  let fx: HttpFixture;
  let workshop: WorkshopCommands;
  const apply = (command: unknown) => workshop.apply(command);
  const applyOk = (command: unknown) => workshop.applyOk(command);
  const stored = async () => (await ok<Opened>(fx.server, 'workshop.open', { workshopId: workshop.workshopId })).workshop.goals.find((g) => g.id === 'tujuan-1');

  beforeAll(async () => {
    fx = await startHttpFixture();
    workshop = await newWorkshopCommands(fx.server);
    await applyOk({ type: 'setPlanHorizon', horizon: { startYear: 2026, years: 10 } });
  });
  afterAll(async () => fx.stop());

  it('takes a target for any year of the plan, its first and last included', async () => {
    const targets = [
      { year: 2026, value: 40 },
      { year: 2028, value: 55 },
      { year: 2033, value: 80 },
      { year: 2035, value: 95 },
    ];
    await applyOk({ type: 'upsertGoal', item: goal(targets) });
    expect((await stored())?.indicator.targets).toEqual(targets);
  });

  it('refuses a target before or after the plan with 400 naming the year, and keeps what was stored', async () => {
    for (const [year, at] of [
      [2025, 0],
      [2036, 4],
    ] as const) {
      const targets = [...(await stored())!.indicator.targets, { year, value: 1 }].sort((a, b) => a.year - b.year);
      const response = await apply({ type: 'upsertGoal', item: goal(targets) });
      expect(response.status).toBe(400);
      expect(errorOf(response)).toMatchObject({ code: 'invalid_input', field: `item.indicator.targets.${at}.year` });
      expect(errorOf(response).message).toContain(`${year} di luar masa rencana 2026–2035`);
    }
    expect((await stored())?.indicator.targets.map((t) => t.year)).toEqual([2026, 2028, 2033, 2035]);
  });

  it('keeps a target the plan no longer covers editable after the plan is shortened, but takes no new one outside it', async () => {
    await applyOk({ type: 'setPlanHorizon', horizon: { startYear: 2026, years: 5 } });
    const kept = (await stored())!.indicator.targets.map((t) => (t.year === 2033 ? { ...t, value: 85 } : t));
    await applyOk({ type: 'upsertGoal', item: goal(kept, 'Layanan publik daring untuk semua warga') });
    expect(await stored()).toMatchObject({ text: 'Layanan publik daring untuk semua warga', indicator: { targets: kept } });
    const response = await apply({ type: 'upsertGoal', item: goal([...kept, { year: 2034, value: 90 }]) });
    expect(response.status).toBe(400);
    expect(errorOf(response)).toMatchObject({ code: 'invalid_input', field: 'item.indicator.targets.4.year' });
  });
});
