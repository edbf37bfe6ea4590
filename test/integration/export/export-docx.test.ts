import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServices, type Services } from '../../../electron/services/index';
import { AppError } from '../../../shared/commands';
import { dispatch, type ExportDocxOutput } from '../../../shared/contract';
import { buildMasterplanDocument } from '../../../shared/document';
import type { Workshop } from '../../../shared/model';
import { drawing, pngOf } from './png-fixture';
import { PYTHON, pythonDocxAvailable, tempDir } from './tools';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

/* The Word export as the app asks for it: `export.docx` on the stored workshop, with the renderer's diagram pictures. */

const run = promisify(execFile);

let services: Services;
let demo: Workshop;

const exportDocx = (input: Record<string, unknown>) => dispatch(services.handlers, 'export.docx', { workshopId: demo.id, ...input }) as Promise<ExportDocxOutput>;

/** The parts of the .docx as text, and the names of its pictures. */
const unpack = (output: ExportDocxOutput) => {
  const files = unzipSync(new Uint8Array(Buffer.from(output.base64, 'base64')));
  const text = (prefix: string) =>
    Object.keys(files)
      .filter((name) => name.startsWith(prefix) && name.endsWith('.xml'))
      .map((name) => strFromU8(files[name] ?? new Uint8Array()))
      .join('\n');
  return { body: text('word/document.xml'), headers: text('word/header'), media: Object.keys(files).filter((n) => n.startsWith('word/media/')) };
};

const refusal = async (promise: Promise<unknown>): Promise<AppError> => {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('the export was not refused');
};

beforeAll(async () => {
  // These tests are about the renderer's pictures: the server must not draw the ones left out (it would with Chromium).
  process.env['CHROMIUM_PATH'] = join(await tempDir('ekspor-app-'), 'tidak-ada-chromium');
  services = await createServices({ dataDir: await tempDir('ekspor-app-'), mode: 'web', seedDemo: true });
  const { workshops } = await services.handlers['workshops.list']({});
  const summary = workshops[0];
  if (!summary) throw new Error('the demo workshop was not seeded');
  demo = (await services.handlers['workshop.open']({ workshopId: summary.id })).workshop;
});

afterAll(async () => {
  await services.close();
});

describe('exporting the masterplan from the app', () => {
  it('exports the demo as a draft on its own (Tahap IV is not complete), with the pictures it was given', async () => {
    const doc = buildMasterplanDocument(demo, { draft: true });
    const [missing, ...drawn] = doc.diagrams.map((d) => d.id);
    const output = await exportDocx({ diagrams: [...drawn.map((id, i) => drawing(id, pngOf(60 + i, 30))), drawing('diagram-yang-tidak-ada')] });

    expect(output.draft).toBe(true);
    expect(output.fileName).toBe('masterplan-smart-city-kabupaten-malang-2022-2031-draf.docx');
    expect(output.diagramsMissing).toEqual([missing]);
    const { body, headers, media } = unpack(output);
    expect(body).toContain('BAB I');
    expect(body).toContain('PENDAHULUAN');
    expect(headers).toContain('DRAF');
    // One picture for each diagram drawn (each a different file); the unknown one is ignored.
    expect(media.filter((n) => n.endsWith('.png'))).toHaveLength(drawn.length);
    // The diagram without a picture keeps its caption and the writer's note in its place.
    expect(body).toContain('Diagram belum digambar');
    const program = demo.programs.find((p) => !/[&<>"']/.test(p.name));
    expect(body).toContain(program?.name);

    if (await pythonDocxAvailable()) {
      const path = join(await tempDir('ekspor-app-'), output.fileName);
      await writeFile(path, Buffer.from(output.base64, 'base64'));
      const { stdout } = await run(PYTHON, ['-c', 'import docx,sys; d=docx.Document(sys.argv[1]); print(len(d.inline_shapes), len(d.sections))', path]);
      const [pictures, sections] = stdout.trim().split(' ').map(Number);
      expect(pictures).toBeGreaterThanOrEqual(drawn.length);
      expect(sections).toBeGreaterThan(2);
    }
  });

  it("for one OPD holds only that OPD's programs", async () => {
    const opdId = 'diskominfo';
    const involved = (p: Workshop['programs'][number]) => p.leadOpdId === opdId || p.supportingOpdIds.includes(opdId);
    const theirs = demo.programs.filter(involved);
    const others = demo.programs.filter((p) => !involved(p));
    expect(theirs.length).toBeGreaterThan(0);
    expect(others.length).toBeGreaterThan(0);

    const output = await exportDocx({ opdId, paperSize: 'F4' });
    expect(output.fileName).toBe('masterplan-smart-city-kabupaten-malang-2022-2031-diskominfo-draf.docx');
    const { body } = unpack(output);
    for (const program of theirs) expect(body, program.code).toContain(program.code);
    for (const program of others) expect(body, program.code).not.toContain(program.code);
    // F4: 215 × 330 mm in twentieths of a point.
    expect(body).toMatch(/<w:pgSz w:w="12189" w:h="18709"/);
  });

  it('refuses a picture that is not a PNG, with a message saying which diagram', async () => {
    const gif = Buffer.from('GIF89a\x01\x00\x01\x00\x00\x00\x00;', 'latin1');
    const error = await refusal(exportDocx({ diagrams: [drawing('mindmap-dimensi', gif)] }));
    expect(error.code).toBe('invalid_input');
    expect(error.message).toBe('Gambar diagram "mindmap-dimensi" tidak dapat dipakai: bukan berkas PNG.');
    expect(error.field).toBe('diagrams.0.pngBase64');

    const truncated = pngOf(40, 20).subarray(0, 60);
    expect((await refusal(exportDocx({ diagrams: [drawing('mindmap-dimensi', truncated)] }))).message).toMatch(/terpotong/);
    expect((await refusal(exportDocx({ diagrams: [{ ...drawing('mindmap-dimensi'), pngBase64: 'bukan base64!' }] }))).message).toMatch(/bukan base64/);
    expect((await refusal(exportDocx({ diagrams: [{ ...drawing('mindmap-dimensi'), widthPx: 0 }] }))).message).toBe('Lebar diagram: Harus lebih dari 0');
    const twice = await refusal(exportDocx({ diagrams: [drawing('mindmap-dimensi'), drawing('mindmap-dimensi')] }));
    expect(twice.message).toMatch(/lebih dari sekali/);
  });

  it('refuses an OPD the workshop does not have', async () => {
    const error = await refusal(exportDocx({ opdId: 'opd-tidak-ada' }));
    expect(error.code).toBe('not_found');
    expect(error.field).toBe('opdId');
  });

  it('takes the PNG drawing of an SVG cover logo beside the SVG itself', async () => {
    const created = await services.handlers['workshops.create']({ title: 'Lokakarya Kota Batu', regionName: 'Batu', regionKind: 'kota', startYear: 2027 });
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="120" viewBox="0 0 120 120"><circle cx="60" cy="60" r="50" fill="#0d5b70"/></svg>';
    const logo = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
    const opened = await services.handlers['workshop.open']({ workshopId: created.id });
    await services.handlers['workshop.apply']({ workshopId: created.id, baseRevision: opened.workshop.revision, command: { type: 'setRegionProfile', patch: { logo } } });
    const drawn = pngOf(121, 119);
    const output = (await dispatch(services.handlers, 'export.docx', { workshopId: created.id, diagrams: [drawing('logo-daerah', drawn)] })) as ExportDocxOutput;
    const files = unzipSync(new Uint8Array(Buffer.from(output.base64, 'base64')));
    const media = Object.entries(files).filter(([name]) => name.startsWith('word/media/'));
    expect(media.some(([name]) => name.endsWith('.svg'))).toBe(true);
    // The fallback is the app's drawing, not a plain box.
    expect(media.filter(([name]) => name.endsWith('.png')).map(([, bytes]) => Buffer.from(bytes).equals(drawn))).toEqual([true]);
  });

  it('is final when the caller says so, without any DRAF marking', async () => {
    const created = await services.handlers['workshops.create']({ title: 'Lokakarya Kota Batu', regionName: 'Batu', regionKind: 'kota', startYear: 2027 });
    const output = (await dispatch(services.handlers, 'export.docx', { workshopId: created.id, draft: false })) as ExportDocxOutput;
    expect(output.draft).toBe(false);
    expect(output.fileName).toBe('masterplan-smart-city-kota-batu-2027-2031.docx');
    const { body, headers } = unpack(output);
    expect(headers).not.toContain('DRAF');
    expect(body).toContain('[Belum diisi]');
  });
});
