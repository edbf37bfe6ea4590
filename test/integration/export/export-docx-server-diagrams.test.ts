import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../../electron/server/index';
import { DEFAULT_CHROMIUM } from '../../../electron/services/export/mermaid-chromium';
import { createServices } from '../../../electron/services/index';
import type { ExportDocxOutput, QuickWinSuggestOutput } from '../../../shared/contract';
import { suggestQuickWins } from '../../../shared/logic/quick-win-score';
import type { Workshop } from '../../../shared/model';
import { call, INDEX_HTML, ok } from '../http/fixture';

/*
 * export.docx as scripts and the browser call it over HTTP, with no pictures of their own: the server draws the
 * diagrams in headless Chromium (as `npm run export` does) or, without Chromium, prints each diagram's table
 * alternative and says why. Never mermaid source or <br> in the document. And quickWins.suggest over HTTP.
 */

const chromiumPath = process.env['CHROMIUM_PATH'] ?? DEFAULT_CHROMIUM;
const MERMAID_WORDS = /\b(gantt|quadrantChart|flowchart|mindmap|dateFormat|axisFormat|tickInterval)\b|&lt;br|<br|quadrant-\d|x-axis|y-axis/;

let root: string;
let server: RunningServer;
let close: () => Promise<void>;
let demo: Workshop;

/** The words of the document's body and its pictures. */
const unpack = (output: ExportDocxOutput) => {
  const files = unzipSync(new Uint8Array(Buffer.from(output.base64, 'base64')));
  const xml = strFromU8(files['word/document.xml'] ?? new Uint8Array());
  const text = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(' ');
  return { xml, text, pictures: Object.keys(files).filter((n) => n.startsWith('word/media/') && n.endsWith('.png')) };
};

beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'ekspor-server-'));
  const dataDir = path.join(root, 'data');
  const staticDir = path.join(root, 'static');
  await mkdir(dataDir);
  await mkdir(staticDir);
  await writeFile(path.join(staticDir, 'index.html'), INDEX_HTML);
  const services = await createServices({ dataDir, mode: 'web', seedDemo: true });
  server = await startServer({ services, port: 0, staticDir, logError: () => undefined });
  close = async () => {
    await server.close();
    await services.close();
  };
  const { workshops } = await ok<{ workshops: Array<{ id: string }> }>(server, 'workshops.list', {});
  const id = workshops[0]?.id;
  if (!id) throw new Error('the demo workshop was not seeded');
  demo = (await ok<{ workshop: Workshop }>(server, 'workshop.open', { workshopId: id })).workshop;
});

afterAll(async () => {
  await close();
  await rm(root, { recursive: true, force: true });
});

describe('export.docx over HTTP without pictures', () => {
  it.skipIf(!existsSync(chromiumPath))('draws every diagram on the server, and a second export takes them from memory', async () => {
    const started = Date.now();
    const output = await ok<ExportDocxOutput>(server, 'export.docx', { workshopId: demo.id });
    const first = Date.now() - started;
    expect(output.diagramsMissing).toEqual([]);
    expect(output.diagramsDrawnByServer?.length).toBeGreaterThanOrEqual(8);
    expect(output.diagramsMissingReason).toBeUndefined();
    const { xml, text, pictures } = unpack(output);
    expect(pictures.length).toBeGreaterThanOrEqual(8);
    expect(text).not.toMatch(MERMAID_WORDS);
    expect(xml).not.toContain('Diagram belum digambar');

    const again = Date.now();
    const second = await ok<ExportDocxOutput>(server, 'export.docx', { workshopId: demo.id });
    expect(second.diagramsMissing).toEqual([]);
    // Nothing is drawn again: no Chromium start, so well under the first export's time.
    expect(Date.now() - again).toBeLessThan(Math.max(first / 2, 1500));
  }, 120_000);

  it('without Chromium prints each diagram as a note and a table, says why, and never the mermaid source', async () => {
    const saved = process.env['CHROMIUM_PATH'];
    process.env['CHROMIUM_PATH'] = path.join(root, 'tidak-ada-chromium');
    try {
      // One OPD's part: its Gantt charts differ from the whole plan's, so no picture drawn before fits them.
      const output = await ok<ExportDocxOutput>(server, 'export.docx', { workshopId: demo.id, opdId: demo.opds[0]?.id });
      expect(output.diagramsMissing.length).toBeGreaterThan(0);
      expect(output.diagramsMissingReason).toBe('chromiumMissing');
      const { text } = unpack(output);
      expect(text).not.toMatch(MERMAID_WORDS);
      expect(text).toContain('Diagram belum digambar pada ekspor ini');
      if (output.diagramsMissing.includes('mindmap-dimensi')) {
        // The mindmap's alternative: each dimension beside its elements.
        const dimension = demo.dimensionSet.dimensions[0];
        expect(text).toContain(dimension?.elements.map((e) => e.nameId).join('; '));
      }
    } finally {
      if (saved === undefined) delete process.env['CHROMIUM_PATH'];
      else process.env['CHROMIUM_PATH'] = saved;
    }
  }, 60_000);
});

describe('quickWins.suggest over HTTP', () => {
  it('answers the suggestion the Quick win worksheet shows', async () => {
    const answer = await ok<QuickWinSuggestOutput>(server, 'quickWins.suggest', { workshopId: demo.id });
    const expected = suggestQuickWins(demo);
    expect(answer.mode).toBe(expected.mode);
    expect(answer.suggested.map((s) => s.programCode)).toEqual(expected.suggested.map((r) => r.program.code));
    expect(answer.suggested.length).toBeGreaterThan(0);
    for (const s of answer.suggested) {
      expect(s.score).toBeGreaterThanOrEqual(1);
      expect(s.score).toBeLessThanOrEqual(5);
      expect(demo.programs.find((p) => p.id === s.programId)?.dimensionId).toBe(s.dimensionId);
    }
    expect(answer.dimensionsWithout.map((d) => d.id)).toEqual(expected.dimensionsWithout.map((d) => d.id));
  });

  it('is in the API schema and refuses an unknown workshop', async () => {
    const schema = await call(server, 'quickWins.suggest', { workshopId: 'tidak-ada' });
    expect(schema.status).toBe(404);
  });
});
