import { wordError } from '../../../shared/i18n/errors';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { referenceData } from '../../../electron/services/reference';
import { AppError, COLLECTIONS, COLLECTION_NAMES, CommandSchema, appErrorFromZod, type CollectionSpec } from '../../../shared/commands';
import { CONTRACT, METHOD_NAMES, ReferenceDataSchema, dispatch, type Handlers } from '../../../shared/contract';
import {
  PlanHorizonSchema,
  ProgramSchema,
  ReadinessItemSchema,
  RegionProfileSchema,
  WorkshopSchema,
  planEndYear,
  richDocToText,
  type Workshop,
} from '../../../shared/model';
import { CHAPTERS, outlineKeys } from '../../../shared/document/outline';
import { demoWorkshop, emptyWorkshop } from '../logic/workshop-fixtures';

const firstMessage = (schema: z.ZodType, input: unknown): string => {
  const result = schema.safeParse(input);
  if (result.success) throw new Error('the input was accepted');
  return result.error.issues[0]?.message ?? '';
};

describe('the bundled reference data', () => {
  const reference = referenceData();

  it('validates against the contract', () => {
    expect(ReferenceDataSchema.safeParse(reference).success).toBe(true);
  });

  it('has the Kominfo six dimensions with three elements each, with clear codes', () => {
    const dims = reference.dimensionSet.dimensions;
    expect(dims.map((d) => [d.id, d.code])).toEqual([
      ['smart-governance', 'SG'],
      ['smart-branding', 'SB'],
      ['smart-economy', 'SE'],
      ['smart-living', 'SL'],
      ['smart-society', 'SS'],
      ['smart-environment', 'SN'],
    ]);
    for (const d of dims) expect(d.elements).toHaveLength(3);
    expect(dims[0]!.elements.map((e) => `${e.code} ${e.nameId} / ${e.nameEn}`)).toEqual([
      'SV Pelayanan Publik / Service',
      'BR Manajemen Birokrasi yang Efisien / Bureaucracy',
      'PL Efisiensi Kebijakan Publik / Policy',
    ]);
    const elementCodes = dims.flatMap((d) => d.elements.map((e) => e.code));
    expect(new Set(elementCodes).size).toBe(18);
  });

  it('explains every dimension and element in both languages', () => {
    for (const d of reference.dimensionSet.dimensions) {
      for (const x of [d, ...d.elements]) {
        expect(x.nameEn, x.id).not.toBe('');
        expect(x.meaningId, x.id).not.toBe('');
        expect(x.meaningEn, x.id).not.toBe('');
      }
    }
  });

  it('gives a kota the same offices as a kabupaten except the village office', () => {
    const kab = reference.opds.kabupaten.map((o) => o.id);
    const kota = reference.opds.kota.map((o) => o.id);
    expect(kab).toContain('dpmd');
    expect(kota).not.toContain('dpmd');
    expect(kab.filter((id) => id !== 'dpmd')).toEqual(kota);
    expect(kab).toEqual(expect.arrayContaining(['bappeda', 'diskominfo', 'dpmptsp', 'disdukcapil', 'bapenda', 'dispar', 'dlh']));
    expect(new Set(kab).size).toBe(kab.length);
  });

  it('lists the funding sources of the program matrix', () => {
    expect(reference.fundingSources.map((f) => f.id)).toEqual(['apbd-kabkota', 'apbd-provinsi', 'apbn', 'dana-desa', 'csr', 'kpbu', 'swasta', 'hibah', 'non-budgeter']);
  });

  it('has readiness templates with an indicator for every core pillar, plus nature and culture', () => {
    const pillars = new Set(reference.readinessTemplates.map((t) => t.pillar));
    expect([...pillars]).toEqual(['struktur', 'infrastruktur', 'suprastruktur', 'nature', 'culture']);
    for (const t of reference.readinessTemplates) expect(t.indicator.length, t.id).toBeGreaterThan(20);
    expect(new Set(reference.readinessTemplates.map((t) => t.id)).size).toBe(reference.readinessTemplates.length);
  });

  it('hands each caller its own copy', () => {
    const mine = referenceData();
    mine.opds.kabupaten.length = 0;
    expect(referenceData().opds.kabupaten.length).toBeGreaterThan(30);
  });
});

describe('an empty workshop', () => {
  it('validates for a kabupaten and for a kota', () => {
    expect(WorkshopSchema.safeParse(emptyWorkshop()).success).toBe(true);
    expect(WorkshopSchema.safeParse(emptyWorkshop({ regionKind: 'kota', regionName: 'Kota Contoh' })).success).toBe(true);
  });

  it('survives a round trip through JSON and validation unchanged', () => {
    const w = emptyWorkshop();
    expect(WorkshopSchema.parse(JSON.parse(JSON.stringify(w)))).toEqual(w);
  });
});

describe('the Kabupaten Malang demo workshop', () => {
  const demo = demoWorkshop();

  it('validates and survives a round trip through JSON unchanged', () => {
    expect(WorkshopSchema.safeParse(demo).success).toBe(true);
    expect(WorkshopSchema.parse(JSON.parse(JSON.stringify(demo)))).toEqual(demo);
  });

  it('describes Kabupaten Malang as the 2021 Bimtek did', () => {
    expect(demo.title).toBe('Bimtek Masterplan Smart Regency Kabupaten Malang');
    expect(demo.region).toMatchObject({ name: 'Kabupaten Malang', province: 'Jawa Timur', desaCount: 378, kecamatanCount: 33, rpjmdPeriod: { startYear: 2021, endYear: 2026 } });
    expect(demo.region.regionalHead.name).toBe('HM Sanusi');
    expect(demo.region.population).toBeGreaterThan(2_500_000);
    expect(demo.horizon.startYear).toBe(2022);
    expect(demo.opds.find((o) => o.id === 'disdukcapil')?.abbreviation).toBe('Dispendukcapil');
  });

  it('passes every workshop rule the reducer enforces, item by item', () => {
    for (const name of COLLECTION_NAMES) {
      const spec = COLLECTIONS[name] as unknown as CollectionSpec<{ id: string }>;
      for (const item of spec.get(demo)) expect(spec.check?.(demo, item) ?? null, `${name} ${item.id}`).toBeNull();
    }
  });

  it('has 20–30 programs across all six dimensions, coded dimension-element-number', () => {
    expect(demo.programs.length).toBeGreaterThanOrEqual(20);
    expect(demo.programs.length).toBeLessThanOrEqual(30);
    for (const d of demo.dimensionSet.dimensions) expect(demo.programs.some((p) => p.dimensionId === d.id), d.id).toBe(true);
    for (const p of demo.programs) {
      const d = demo.dimensionSet.dimensions.find((x) => x.id === p.dimensionId)!;
      const e = d.elements.find((x) => x.id === p.elementId)!;
      expect(p.code).toMatch(new RegExp(`^${d.code}-${e.code}-\\d{2}$`));
      expect(p.years.length, p.code).toBeGreaterThan(0);
      expect(p.budget.every((b) => p.years.includes(b.year)), p.code).toBe(true);
      expect(p.leadOpdId, p.code).not.toBeNull();
    }
    expect(new Set(demo.programs.map((p) => p.code)).size).toBe(demo.programs.length);
  });

  it('carries the stories told at the Bimtek, each led by the right office', () => {
    const led = (pattern: RegExp) => demo.programs.find((p) => pattern.test(p.name))?.leadOpdId;
    expect(led(/Perizinan Daring/)).toBe('dpmptsp');
    expect(led(/Desaku Tuntas/)).toBe('disdukcapil');
    expect(led(/Desa Digital untuk 378 Desa/)).toBe('dpmd');
    expect(led(/PBB/)).toBe('bapenda');
    expect(led(/Bromo Tengger Semeru/)).toBe('dispar');
  });

  it('gives every quick-win candidate the problem it solves in the room’s words and a quarterly plan whose steps say what they deliver', () => {
    for (const c of demo.quickWins.candidates) {
      expect(c.sheet.problem.length, c.id).toBeGreaterThan(60);
      expect(c.sheet.plan.length, c.id).toBeGreaterThan(0);
      for (const step of c.sheet.plan) expect(step.deliverable, `${c.id} ${step.id}`).not.toBe('');
    }
  });

  it('chooses one quick win per dimension, each with a plan for its first year', () => {
    const chosen = demo.quickWins.candidates.filter((c) => c.decision === 'chosen');
    const dims = chosen.map((c) => demo.programs.find((p) => p.id === c.programId)!.dimensionId);
    expect(new Set(dims).size).toBe(6);
    expect(chosen).toHaveLength(6);
    for (const c of chosen) {
      expect(c.sheet.plan.length, c.id).toBeGreaterThan(0);
      expect(demo.programs.find((p) => p.id === c.programId)!.quickWin, c.id).toBe(true);
    }
  });

  it('scores readiness in all three core pillars with evidence and SWOT tags', () => {
    for (const pillar of ['struktur', 'infrastruktur', 'suprastruktur'] as const) {
      const items = demo.readinessItems.filter((i) => i.pillar === pillar);
      expect(items.length, pillar).toBeGreaterThanOrEqual(4);
      expect(items.every((i) => i.score !== null && i.evidence !== ''), pillar).toBe(true);
      expect(items.some((i) => i.swot !== null), pillar).toBe(true);
    }
  });

  it('has a vision with keywords and narrative sections owned by OPDs', () => {
    expect(richDocToText(demo.vision.statement)).toContain('Smart Regency');
    expect(demo.vision.keywords).toContain('desa digital');
    expect(demo.sections.length).toBeGreaterThanOrEqual(8);
    expect(new Set(demo.sections.map((s) => s.status))).toEqual(new Set(['draft', 'review', 'final']));
  });

  it('files every narrative section under a key of the masterplan outline, and reviews its chapters', () => {
    const keys = new Set(outlineKeys(demo.dimensionSet.dimensions.map((d) => d.id)));
    for (const s of demo.sections) expect(keys.has(s.outlineKey), s.outlineKey).toBe(true);
    expect(demo.commitment.reviewChecklist.map((r) => r.chapterKey)).toEqual(Object.keys(CHAPTERS));
  });

  it('only refers to things that exist in the workshop', () => {
    const ids = (list: readonly { id: string }[]) => new Set(list.map((x) => x.id));
    const opds = ids(demo.opds);
    const dims = ids(demo.dimensionSet.dimensions);
    const issues = ids(demo.issues);
    const swot = ids(demo.swotItems);
    const programs = ids(demo.programs);
    const missions = ids(demo.missions);
    const funding = ids(demo.fundingSources);
    const dangling: string[] = [];
    const expectIn = (set: Set<string>, id: string | null, where: string) => {
      if (id !== null && !set.has(id)) dangling.push(`${where} → ${id}`);
    };
    for (const p of demo.programs) {
      p.issueIds.forEach((id) => expectIn(issues, id, `${p.code}.issueIds`));
      p.supportingOpdIds.forEach((id) => expectIn(opds, id, `${p.code}.supportingOpdIds`));
      p.funding.forEach((f) => expectIn(funding, f.sourceId, `${p.code}.funding`));
    }
    for (const t of demo.towsStrategies) t.sourceItemIds.forEach((id) => expectIn(swot, id, `${t.id}.sourceItemIds`));
    for (const m of demo.rpjmdMappings) {
      expectIn(programs, m.programId, `${m.id}.programId`);
      expectIn(opds, m.opdId, `${m.id}.opdId`);
    }
    for (const x of [...demo.participants, ...demo.readinessItems, ...demo.commitment.entries]) expectIn(opds, x.opdId, `${x.id}.opdId`);
    for (const s of demo.sections) expectIn(opds, s.ownerOpdId, `${s.id}.ownerOpdId`);
    for (const m of demo.missions) m.dimensionIds.forEach((id) => expectIn(dims, id, `${m.id}.dimensionIds`));
    for (const g of demo.goals) expectIn(missions, g.missionId, `${g.id}.missionId`);
    for (const n of demo.roadmap.notes) expectIn(dims, n.dimensionId, 'roadmap.notes');
    expect(dangling).toEqual([]);
  });

  it('keeps every program year and indicator target inside 2022 to the plan end', () => {
    const end = planEndYear(demo.horizon);
    for (const p of demo.programs) {
      const years = [...p.years, ...p.indicators.flatMap((i) => i.targets.map((t) => t.year))];
      for (const y of years) expect(y >= 2022 && y <= end, `${p.code} ${y}`).toBe(true);
    }
  });

  it('is built fresh each time, with the id and time it is given', () => {
    const other: Workshop = demoWorkshop();
    expect(other).toEqual(demo);
    expect(other).not.toBe(demo);
    expect(demo.id).toBe('demo-malang');
    expect(demo.revision).toBe(0);
  });
});

describe('bad inputs are refused with codes, worded in Bahasa Indonesia (and English)', () => {
  it('a program code that does not follow the pattern', () => {
    expect(firstMessage(ProgramSchema.shape.code, 'sg sv 1')).toBe('invalid.programCode');
    expect(wordError('invalid.programCode', {}, 'id')).toMatch(/^Berbentuk seperti SG-SV-03/);
  });

  it('a negative or fractional budget', () => {
    expect(firstMessage(ProgramSchema.shape.budget, [{ year: 2026, amount: -5 }])).toBe('invalid.negative');
    expect(firstMessage(ProgramSchema.shape.budget, [{ year: 2026, amount: 1.5 }])).toBe('invalid.notInteger');
  });

  it('a readiness score outside 1–5', () => {
    expect(firstMessage(ReadinessItemSchema.shape.score, 7)).toBe('invalid.tooBig');
    expect(firstMessage(ReadinessItemSchema.shape.score, 0)).toBe('invalid.tooSmall');
  });

  it('a plan that is neither 5 nor 10 years long', () => {
    expect(firstMessage(PlanHorizonSchema, { startYear: 2026, years: 7 })).toBe('invalid.option');
  });

  it('an RPJMD period that ends before it starts', () => {
    expect(firstMessage(RegionProfileSchema, { rpjmdPeriod: { startYear: 2026, endYear: 2021 } })).toBe('invalid.periodOrder');
    expect(wordError('invalid.periodOrder', {}, 'id')).toBe('Tahun akhir harus sesudah tahun awal');
  });

  it('a program without a name, with the field named in the error', () => {
    const result = ProgramSchema.safeParse({ id: 'p1', code: 'SG-SV-01', dimensionId: 'smart-governance', elementId: 'governance-service', name: '  ' });
    expect(result.success).toBe(false);
    if (result.success) return;
    const error = appErrorFromZod(result.error, 'item');
    expect(error.toJSON()).toEqual({ code: 'invalid_input', reason: 'invalid.required', params: { min: 1 }, message: 'Nama: Wajib diisi', field: 'item.name' });
  });

  it('a new workshop without a title, at the contract’s door', async () => {
    const handlers = {} as unknown as Handlers;
    const error = await dispatch(handlers, 'workshops.create', { title: '' }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).reason).toBe('invalid.required');
    expect((error as AppError).message).toBe('Judul lokakarya: Wajib diisi');
    expect((error as AppError).field).toBe('title');
  });

  it('a command of an unknown type', () => {
    expect(CommandSchema.safeParse({ type: 'hapusSemua' }).success).toBe(false);
  });
});

describe('JSON Schema for the API listing', () => {
  it.each(METHOD_NAMES.map((m) => [m]))('can be emitted for the input of %s', (method) => {
    const schema = z.toJSONSchema(CONTRACT[method].input, { io: 'input' });
    expect(schema.type).toBe('object');
  });

  it('describes a command as one of its variants', () => {
    const schema = z.toJSONSchema(CommandSchema, { io: 'input' });
    expect(schema.oneOf ?? schema.anyOf).toBeDefined();
  });
});
