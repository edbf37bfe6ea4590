import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { request, type IncomingHttpHeaders } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { createServices } from '../../../electron/services/index';
import { startServer, type RunningServer, type ServerServices } from '../../../electron/server/index';

export type Services = Awaited<ReturnType<typeof createServices>>;

export interface HttpFixture {
  server: RunningServer;
  services: Services;
  root: string;
  dataDir: string;
  staticDir: string;
  stop(): Promise<void>;
}

export const INDEX_HTML = '<!doctype html><html lang="id"><head><title>Masterplan Smart City</title></head><body><div id="root"></div></body></html>';
export const APP_JS = 'console.log("aplikasi");';
export const SECRET = 'RAHASIA-DI-LUAR-FOLDER-APLIKASI';

/** A built-renderer stand-in, with a secret file beside it that must never be served. */
const writeStaticDir = async (root: string): Promise<string> => {
  const staticDir = path.join(root, 'renderer');
  await mkdir(path.join(staticDir, 'assets'), { recursive: true });
  await writeFile(path.join(staticDir, 'index.html'), INDEX_HTML);
  await writeFile(path.join(staticDir, 'assets', 'app-1234.js'), APP_JS);
  await writeFile(path.join(staticDir, 'assets', 'style.css'), 'body{margin:0}');
  await writeFile(path.join(root, 'secret.txt'), SECRET);
  return staticDir;
};

/** Real services on a fresh temp data folder, behind a real server on a free port. */
export const startHttpFixture = async (wrap: (services: Services) => ServerServices = (services) => services): Promise<HttpFixture> => {
  const root = await mkdtemp(path.join(os.tmpdir(), 'masterplan-http-'));
  const dataDir = path.join(root, 'data');
  await mkdir(dataDir);
  const staticDir = await writeStaticDir(root);
  const services = await createServices({ dataDir, mode: 'web', seedDemo: false });
  const server = await startServer({ services: wrap(services), port: 0, staticDir, logError: () => undefined });
  return {
    server,
    services,
    root,
    dataDir,
    staticDir,
    stop: async () => {
      await server.close();
      await services.close();
      await rm(root, { recursive: true, force: true });
    },
  };
};

export interface RawResponse {
  status: number;
  headers: IncomingHttpHeaders;
  text: string;
  json: unknown;
}

export interface RawRequest {
  method?: string;
  path: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
}

const parseJson = (text: string): unknown => {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
};

/**
 * One request with full control over the path and headers (fetch would normalise `/../` and refuse to set Host).
 * `Host` defaults to the server's own.
 */
export const send = (server: RunningServer, { method = 'GET', path: requestPath, headers = {}, body }: RawRequest): Promise<RawResponse> =>
  new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port: server.port, method, path: requestPath, headers: { host: `127.0.0.1:${server.port}`, ...headers }, agent: false },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          resolve({ status: res.statusCode ?? 0, headers: res.headers, text, json: parseJson(text) });
        });
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  });

/** `POST /api/<method>` with a JSON body. */
export const call = (server: RunningServer, method: string, input?: unknown, headers: Record<string, string> = {}): Promise<RawResponse> =>
  send(server, {
    method: 'POST',
    path: `/api/${method}`,
    headers: { 'content-type': 'application/json', ...headers },
    body: input === undefined ? undefined : JSON.stringify(input),
  });

/** Like `call`, but fails the test unless the answer is 200, and returns the output. */
export const ok = async <T = Record<string, unknown>>(server: RunningServer, method: string, input?: unknown): Promise<T> => {
  const response = await call(server, method, input);
  if (response.status !== 200) throw new Error(`${method} → ${response.status} ${response.text}`);
  return response.json as T;
};

export const errorOf = (response: RawResponse): { code?: string; message?: string; field?: string } =>
  ((response.json as { error?: { code?: string; message?: string; field?: string } } | undefined)?.error ?? {});

export interface WorkshopCommands {
  workshopId: string;
  /** Sends a command on the latest revision and answers as the API did (a refusal leaves the revision). */
  apply(command: unknown): Promise<RawResponse>;
  /** Sends a command that must be taken (200). */
  applyOk(command: unknown): Promise<void>;
}

/** A new workshop on the fixture's server ("Kabupaten Contoh", plan from 2026) and its command calls, which follow its revision. */
export const newWorkshopCommands = async (server: RunningServer): Promise<WorkshopCommands> => {
  const { id: workshopId } = await ok<{ id: string }>(server, 'workshops.create', { title: 'Bimtek Kabupaten Contoh', regionName: 'Kabupaten Contoh', startYear: 2026 });
  let { revision } = (await ok<{ workshop: { revision: number } }>(server, 'workshop.open', { workshopId })).workshop;
  const apply = async (command: unknown): Promise<RawResponse> => {
    const response = await call(server, 'workshop.apply', { workshopId, baseRevision: revision, command });
    if (response.status === 200) ({ revision } = response.json as { revision: number });
    return response;
  };
  return {
    workshopId,
    apply,
    applyOk: async (command) => {
      const response = await apply(command);
      if (response.status !== 200) throw new Error(`workshop.apply → ${response.status} ${response.text}`);
    },
  };
};

/** Every file under the data folder with its size, modification time and content hash. */
export const fingerprintDir = async (dir: string): Promise<Record<string, string>> => {
  const result: Record<string, string> = {};
  const walk = async (current: string): Promise<void> => {
    for (const entry of await readdir(current, { withFileTypes: true })) {
      const full = path.join(current, entry.name);
      if (entry.isDirectory()) {
        result[`${path.relative(dir, full)}/`] = 'dir';
        await walk(full);
      } else {
        const [info, bytes] = await Promise.all([stat(full), readFile(full)]);
        result[path.relative(dir, full)] = `${info.size} ${info.mtimeMs} ${createHash('sha256').update(bytes).digest('hex')}`;
      }
    }
  };
  await walk(dir);
  return result;
};

/**
 * Streams a body of `totalBytes` without announcing its length (chunked), stopping as soon as the server answers.
 * Resolves with the status and how many bytes had been sent by then.
 */
export const streamUntilAnswered = (server: RunningServer, requestPath: string, totalBytes: number): Promise<{ status: number; json: unknown; sentBytes: number }> =>
  new Promise((resolve, reject) => {
    let answered = false;
    let sentBytes = 0;
    const chunk = Buffer.alloc(64 * 1024, 0x20);
    const req = request(
      { host: '127.0.0.1', port: server.port, method: 'POST', path: requestPath, headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked' }, agent: false },
      (res) => {
        answered = true;
        const chunks: Buffer[] = [];
        res.on('data', (data: Buffer) => chunks.push(data));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, json: parseJson(Buffer.concat(chunks).toString('utf8')), sentBytes }));
        res.on('error', reject);
      },
    );
    // Once the server has answered and closed the connection, a write error is expected.
    req.on('error', (error) => {
      if (!answered) reject(error);
    });
    const pump = (): void => {
      while (!answered && sentBytes < totalBytes) {
        sentBytes += chunk.length;
        if (!req.write(chunk)) {
          req.once('drain', pump);
          return;
        }
      }
      if (!answered) req.end();
    };
    pump();
  });
