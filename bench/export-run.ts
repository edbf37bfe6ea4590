import { readFileSync } from 'node:fs';
import { buildMasterplanDocument } from '../shared/document';
import { writeMasterplanDocx, type DiagramPicture } from '../electron/services/export';
import { buildLargeWorkshop } from './large-workshop';

/*
 * One size of the export bench, in a process of its own so its peak memory is its own:
 *   node --import tsx bench/export-run.ts <programs> <runs> <pictures.json> <layout|no-layout>
 * Builds the workshop (untimed), then times building the document model and writing the .docx to a buffer, with
 * the diagrams as given (pictures drawn before, read from pictures.json). Prints one JSON line.
 */

export interface ExportRunResult {
  programs: number;
  pages: boolean;
  /** Per timed run, in ms: wall time and CPU time (user + system) of building and of writing. */
  build: number[];
  write: number[];
  total: number[];
  cpu: number[];
  docxBytes: number;
  /** Resident memory before the first export and at its peak (getrusage), and the largest V8 heap seen after a run. */
  baselineRss: number;
  peakRss: number;
  peakHeap: number;
}

interface PictureFile {
  id: string;
  pngBase64: string;
  width: number;
  height: number;
}

const [programsArg = '50', runsArg = '3', picturesPath = '', mode = 'layout'] = process.argv.slice(2);
const programs = Number(programsArg);
const runs = Number(runsArg);
const pages = mode !== 'no-layout';

const pictures: Record<string, DiagramPicture> = {};
if (picturesPath) {
  for (const p of JSON.parse(readFileSync(picturesPath, 'utf8')) as PictureFile[]) pictures[p.id] = { png: Buffer.from(p.pngBase64, 'base64'), width: p.width, height: p.height };
}

const workshop = buildLargeWorkshop(programs);
const exportOnce = async (): Promise<{ build: number; write: number; cpu: number; bytes: number }> => {
  const cpuStart = process.cpuUsage();
  const start = performance.now();
  const doc = buildMasterplanDocument(workshop, { draft: true });
  const built = performance.now();
  const docx = await writeMasterplanDocx(doc, { paperSize: 'A4', diagrams: pictures, pageNumbers: pages });
  const end = performance.now();
  const cpu = process.cpuUsage(cpuStart);
  return { build: built - start, write: end - built, cpu: (cpu.user + cpu.system) / 1000, bytes: docx.length };
};

const baselineRss = process.memoryUsage().rss;
const result: ExportRunResult = { programs, pages, build: [], write: [], total: [], cpu: [], docxBytes: 0, baselineRss, peakRss: 0, peakHeap: 0 };
// One untimed run first: JIT warm-up and the first reading of docx's font tables.
await exportOnce();
for (let i = 0; i < runs; i += 1) {
  const run = await exportOnce();
  result.build.push(run.build);
  result.write.push(run.write);
  result.total.push(run.build + run.write);
  result.cpu.push(run.cpu);
  result.docxBytes = run.bytes;
  result.peakHeap = Math.max(result.peakHeap, process.memoryUsage().heapTotal);
}
result.peakRss = process.resourceUsage().maxRSS * 1024;
console.log(JSON.stringify(result));
