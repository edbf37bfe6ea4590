import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../../..');

interface WebProcess {
  child: ChildProcessWithoutNullStreams;
  url: string;
  output: () => string;
  exited: Promise<number | null>;
}

/** Runs `npm run web` the way a facilitator would (without the build step) and waits for its URL. */
const startWeb = (args: string[]): Promise<WebProcess> =>
  new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(ROOT, 'scripts', 'web.mjs'), '--skip-build', ...args], { cwd: ROOT });
    let output = '';
    const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
    const onData = (data: Buffer): void => {
      output += data.toString('utf8');
      const match = /berjalan di (http:\/\/\S+)[\s\S]*Ctrl\+C/.exec(output);
      if (match?.[1]) resolve({ child, url: match[1], output: () => output, exited });
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', (data: Buffer) => {
      output += data.toString('utf8');
    });
    void exited.then((code) => reject(new Error(`npm run web berhenti (kode ${code}) sebelum siap:\n${output}`)));
  });

const post = async (url: string, method: string, input: unknown): Promise<unknown> => {
  const response = await fetch(`${url}/api/${method}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(input) });
  expect(response.status).toBe(200);
  return response.json();
};

describe('npm run web', () => {
  let dataRoot: string;
  beforeAll(async () => {
    dataRoot = await mkdtemp(path.join(os.tmpdir(), 'masterplan-web-'));
  });
  afterAll(async () => rm(dataRoot, { recursive: true, force: true }));

  it('serves the API on the printed URL, names the data folder, and saves everything when stopped', async () => {
    const dataDir = path.join(dataRoot, 'kosong');
    const web = await startWeb(['--port', '0', '--data', dataDir, '--no-demo']);
    expect(web.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(web.output()).toContain(`Folder data: ${dataDir}`);

    expect(await post(web.url, 'app.info', {})).toMatchObject({ mode: 'web', dataDir });
    expect(await post(web.url, 'workshops.list', {})).toMatchObject({ workshops: [] });
    const created = (await post(web.url, 'workshops.create', { title: 'Bimtek Kabupaten Lestari' })) as { id: string };

    web.child.kill('SIGTERM');
    expect(await web.exited).toBe(0);
    expect(web.output()).toContain('menyimpan semua lokakarya');

    const again = await startWeb(['--port', '0', '--data', dataDir, '--no-demo']);
    const listed = (await post(again.url, 'workshops.list', {})) as { workshops: { id: string; title: string }[] };
    expect(listed.workshops).toEqual([expect.objectContaining({ id: created.id, title: 'Bimtek Kabupaten Lestari' })]);
    again.child.kill('SIGINT');
    expect(await again.exited).toBe(0);
  });

  it('opens a fresh data folder with the demo workshop unless --no-demo is given', async () => {
    const web = await startWeb(['--port', '0', '--data', path.join(dataRoot, 'demo')]);
    const listed = (await post(web.url, 'workshops.list', {})) as { workshops: unknown[] };
    expect(listed.workshops.length).toBeGreaterThan(0);
    web.child.kill('SIGTERM');
    expect(await web.exited).toBe(0);
  });

  it('explains a bad option and exits with code 2', async () => {
    const child = spawn(process.execPath, [path.join(ROOT, 'scripts', 'web.mjs'), '--skip-build', '--port', 'lima'], { cwd: ROOT });
    let errors = '';
    child.stderr.on('data', (data: Buffer) => {
      errors += data.toString('utf8');
    });
    const code = await new Promise<number | null>((done) => child.on('exit', done));
    expect(code).toBe(2);
    expect(errors).toContain('Port tidak sah: lima');
    expect(errors).toContain('Pemakaian');
  });
});
