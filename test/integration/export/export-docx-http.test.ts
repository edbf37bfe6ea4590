import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_MAX_BODY_BYTES } from '../../../electron/server/body';
import { EXPORT_MAX_BODY_BYTES } from '../../../shared/contract';
import { call as httpCall, errorOf as httpError, ok, send, startHttpFixture, type HttpFixture } from '../http/fixture';
import { call, errorOf, join, openClassroom, removeTempDirs, type Classroom } from '../share/fixture';
import { drawing, pngOf } from './png-fixture';

/* The Word export over HTTP: its body may carry the diagram pictures (more than other calls), and it is the facilitator's alone. */

describe('export.docx over HTTP', () => {
  let fx: HttpFixture;
  let workshopId: string;

  beforeAll(async () => {
    fx = await startHttpFixture();
    workshopId = (await ok<{ id: string }>(fx.server, 'workshops.create', { title: 'Lokakarya Kota Batu', regionName: 'Batu', regionKind: 'kota', startYear: 2027 })).id;
  });

  afterAll(async () => {
    await fx.stop();
  });

  it('accepts pictures past the usual body limit, and an empty workshop is a draft', async () => {
    const picture = pngOf(1200, 1200, 'noise');
    const body = JSON.stringify({ workshopId, diagrams: [drawing('mindmap-dimensi', picture)] });
    expect(body.length).toBeGreaterThan(DEFAULT_MAX_BODY_BYTES);
    const response = await send(fx.server, { method: 'POST', path: '/api/export.docx', headers: { 'content-type': 'application/json' }, body });
    expect(response.status, response.text.slice(0, 300)).toBe(200);
    const output = response.json as { fileName: string; draft: boolean; diagramsMissing: string[] };
    expect(output.draft).toBe(true);
    expect(output.fileName).toBe('masterplan-smart-city-kota-batu-2027-2031-draf.docx');
    expect(output.diagramsMissing).not.toContain('mindmap-dimensi');
  });

  it('still refuses a body past its own cap (413) from the declared length', async () => {
    const response = await send(fx.server, {
      method: 'POST',
      path: '/api/export.docx',
      headers: { 'content-type': 'application/json', 'content-length': String(EXPORT_MAX_BODY_BYTES + 1) },
      body: '{',
    });
    expect(response.status).toBe(413);
    expect(httpError(response).code).toBe('too_large');
  });

  it('keeps the usual limit for every other method', async () => {
    const response = await send(fx.server, {
      method: 'POST',
      path: '/api/workshop.open',
      headers: { 'content-type': 'application/json', 'content-length': String(DEFAULT_MAX_BODY_BYTES + 1) },
      body: '{',
    });
    expect(response.status).toBe(413);
  });

  it('answers a bad picture with 400 and the reason', async () => {
    const response = await httpCall(fx.server, 'export.docx', { workshopId, diagrams: [drawing('mindmap-dimensi', Buffer.from('bukan gambar'))] });
    expect(response.status).toBe(400);
    expect(httpError(response)).toMatchObject({ code: 'invalid_input', message: 'Gambar diagram "mindmap-dimensi" tidak dapat dipakai: bukan berkas PNG.' });
  });
});

describe('export.docx on a shared workshop', () => {
  let c: Classroom;

  beforeAll(async () => {
    c = await openClassroom();
  });

  afterAll(async () => {
    await c.stop();
    await removeTempDirs();
  });

  it('is refused to a participant (only the facilitator exports the masterplan)', async () => {
    const rina = await join(c, 'Rina Kusuma', c.room.opdA.id);
    const answer = await call(c.lan, 'export.docx', { workshopId: c.room.workshopId, opdId: c.room.opdA.id }, rina.token);
    expect(answer.status).toBe(403);
    expect(errorOf(answer).message).toBe('Metode ini hanya dapat dipakai fasilitator.');
  });
});
