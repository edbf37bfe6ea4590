import { execFile } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { mkdir, readFile, utimes, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { demoWorkshop } from '../../unit/document/fixture';
import { tempDir } from './tools';

const run = promisify(execFile);
const ROOT = resolve(import.meta.dirname, '../../..');
/** What `npm run export` runs: the prebuilt script (out/export/export.mjs) with plain node, built first when stale. */
const LAUNCHER = join(ROOT, 'scripts', 'export.mjs');
const BUNDLE = join(ROOT, 'out', 'export', 'export.mjs');

interface Result {
  code: number;
  stdout: string;
  stderr: string;
}

const exportScript = async (args: string[], env: Record<string, string> = {}): Promise<Result> => {
  try {
    const { stdout, stderr } = await run(process.execPath, [LAUNCHER, ...args], { cwd: ROOT, env: { ...process.env, ...env }, timeout: 110_000 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof e.code === 'number' ? e.code : 1, stdout: e.stdout ?? '', stderr: e.stderr ?? '' };
  }
};

const documentXml = async (path: string): Promise<string> => new TextDecoder().decode(unzipSync(new Uint8Array(await readFile(path)))['word/document.xml']);

describe('npm run export', () => {
  let dir: string;
  let file: string;

  beforeAll(async () => {
    dir = await tempDir('ekspor-skrip-');
    file = join(dir, 'sukamaju.json');
    await writeFile(file, JSON.stringify(demoWorkshop()));
  });

  it('writes a Word masterplan from a workshop file, with each diagram as a note and a table (never its source) when Chromium is missing', async () => {
    const out = join(dir, 'hasil', 'masterplan.docx');
    const result = await exportScript(['--workshop', file, '--out', out, '--draft'], { CHROMIUM_PATH: join(dir, 'tidak-ada-chromium') });
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('Chromium tidak ditemukan');
    expect(result.stdout).toContain('Masterplan ditulis ke');
    const xml = await documentXml(out);
    expect(xml).toContain('Diagram belum digambar');
    expect(xml).not.toMatch(/quadrantChart|gantt|mindmap|&lt;br/);
    expect(xml).toContain('DRAF');
  });

  it('finds a workshop by id in the data folder', async () => {
    const data = join(dir, 'data');
    await mkdir(join(data, 'workshops'), { recursive: true });
    await writeFile(join(data, 'workshops', 'sukamaju-2026.json'), JSON.stringify(demoWorkshop()));
    const out = join(dir, 'by-id.docx');
    const result = await exportScript(['--workshop', 'sukamaju-2026', '--data', data, '--out', out, '--no-diagrams', '--paper', 'F4']);
    expect(result.code).toBe(0);
    expect(existsSync(out)).toBe(true);
    expect(await documentXml(out)).toContain('w:w="12189"');
  });

  it('says plainly what is wrong with a missing or invalid workshop file, and with missing arguments', async () => {
    const missing = await exportScript(['--workshop', join(dir, 'tidak-ada.json'), '--out', join(dir, 'x.docx')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('Berkas lokakarya tidak ditemukan');

    const invalidPath = join(dir, 'rusak.json');
    await writeFile(invalidPath, JSON.stringify({ ...demoWorkshop(), horizon: { startYear: 2026, years: 7 } }));
    const invalid = await exportScript(['--workshop', invalidPath, '--out', join(dir, 'x.docx')]);
    expect(invalid.code).toBe(2);
    expect(invalid.stderr).toContain('horizon.years');

    const usage = await exportScript([]);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain('Pemakaian: npm run export');
  });

  it('runs the prebuilt JavaScript, and builds it again only when one of its inputs changed', async () => {
    const out = join(dir, 'prebuilt.docx');
    const args = ['--workshop', file, '--out', out, '--no-diagrams'];
    expect((await exportScript(args)).code).toBe(0);
    const built = statSync(BUNDLE).mtimeMs;
    expect((await exportScript(args)).code).toBe(0);
    expect(statSync(BUNDLE).mtimeMs).toBe(built);
    // An input touched after the build (its text unchanged): the next run builds first.
    const source = join(ROOT, 'scripts', 'export.ts');
    const later = new Date(built + 5);
    await utimes(source, later, later);
    const rebuilt = await exportScript(args);
    expect(rebuilt.code).toBe(0);
    expect(rebuilt.stdout).toContain('Masterplan ditulis ke');
    expect(statSync(BUNDLE).mtimeMs).toBeGreaterThan(built);
  }, 180_000);
});
