import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../../..');

/** The browser-mode server as `npm run web` runs it: electron/server/cli.ts under tsx, in its own process. */
export interface ServerProcess {
  url: string;
  output: () => string;
  /** Ctrl+C: the server saves every workshop and exits. Resolves with the exit code. */
  stop: () => Promise<number | null>;
}

export const startServerProcess = (dataDir: string): Promise<ServerProcess> =>
  new Promise((resolve, reject) => {
    const child: ChildProcessWithoutNullStreams = spawn(
      process.execPath,
      ['--import', import.meta.resolve('tsx'), path.join(ROOT, 'electron', 'server', 'cli.ts'), '--port', '0', '--data', dataDir, '--no-demo'],
      { cwd: ROOT },
    );
    let output = '';
    let ready = false;
    const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
    child.stdout.on('data', (data: Buffer) => {
      output += data.toString('utf8');
      const match = /berjalan di (http:\/\/\S+)[\s\S]*Ctrl\+C/.exec(output);
      if (match?.[1] && !ready) {
        ready = true;
        resolve({
          url: match[1],
          output: () => output,
          stop: () => {
            child.kill('SIGTERM');
            return exited;
          },
        });
      }
    });
    child.stderr.on('data', (data: Buffer) => {
      output += data.toString('utf8');
    });
    void exited.then((code) => {
      if (!ready) reject(new Error(`server berhenti (kode ${code}) sebelum siap:\n${output}`));
    });
  });

export interface Answer<T = unknown> {
  status: number;
  body: T;
}

/** One API call as the browser makes it (JSON over POST); a participant's with their token. */
export const post = async <T = unknown>(url: string, method: string, input: unknown, token?: string): Promise<Answer<T>> => {
  const headers: Record<string, string> = { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) };
  const response = await fetch(`${url}/api/${method}`, { method: 'POST', headers, body: JSON.stringify(input) });
  const text = await response.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // not JSON: kept as text for the failure message
  }
  return { status: response.status, body: body as T };
};

export const must = async <T>(url: string, method: string, input: unknown, token?: string): Promise<T> => {
  const answer = await post<T>(url, method, input, token);
  if (answer.status !== 200) throw new Error(`${method} → ${answer.status} ${JSON.stringify(answer.body).slice(0, 500)}`);
  return answer.body;
};

/** Every file under the data folder with a hash of its content. */
export const hashFiles = async (dir: string): Promise<Record<string, string>> => {
  const result: Record<string, string> = {};
  const walk = async (current: string): Promise<void> => {
    for (const entry of await readdir(current, { withFileTypes: true })) {
      const full = path.join(current, entry.name);
      if (entry.isDirectory()) {
        result[`${path.relative(dir, full)}/`] = 'dir';
        await walk(full);
      } else {
        result[path.relative(dir, full)] = createHash('sha256').update(await readFile(full)).digest('hex');
      }
    }
  };
  await walk(dir);
  return result;
};
