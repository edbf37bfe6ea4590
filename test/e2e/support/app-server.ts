import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..', '..', '..');
const READY = /berjalan di (http:\/\/\S+)/;

export interface AppServer {
  url: string;
  port: number;
  dataDir: string;
  /** A crash: SIGKILL to the launcher and the server it started, with no chance to flush. */
  kill(): Promise<void>;
  /** A polite stop (SIGTERM): the server writes every workshop before it exits. */
  stop(): Promise<void>;
}

/** A port nobody uses right now, so a restarted server can come back on the same address. */
export const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const probe = createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });

const exited = (child: ChildProcess): Promise<void> =>
  child.exitCode !== null || child.signalCode !== null ? Promise.resolve() : new Promise((resolve) => child.once('exit', () => resolve()));

/**
 * Starts the real browser-mode app (`node scripts/web.mjs --skip-build`) on a data folder.
 * The launcher runs in its own process group so that a kill reaches the server it spawned too.
 */
export const startAppServer = async (dataDir: string, port?: number): Promise<AppServer> => {
  const chosenPort = port ?? (await freePort());
  const child = spawn(process.execPath, ['scripts/web.mjs', '--skip-build', '--port', String(chosenPort), '--data', dataDir], {
    cwd: ROOT,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = READY.exec(output);
      if (match?.[1]) resolve(match[1]);
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => reject(new Error(`The app server exited (${code}) before it was ready:\n${output}`)));
  });
  const signalGroup = (signal: NodeJS.Signals) => {
    try {
      if (child.pid !== undefined) process.kill(-child.pid, signal);
    } catch {
      // Already gone.
    }
  };
  return {
    url,
    port: chosenPort,
    dataDir,
    kill: async () => {
      signalGroup('SIGKILL');
      await exited(child);
    },
    stop: async () => {
      signalGroup('SIGTERM');
      await exited(child);
    },
  };
};
