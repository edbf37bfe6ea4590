import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import type { Workshop } from '../shared/model';
import { createServices, type Services } from '../electron/services/index';
import { writeFileDurably } from '../electron/services/store/durable-fs';
import { startServer, type TrustPolicy } from '../electron/server/index';

/*
 * The facilitator's app for the benches of the room's network (share, room): the services and the
 * HTTP server in a process of their own, as on the facilitator's laptop, sharing one workshop on a
 * loopback "room network", while the bench's own process plays the participants. A bench module
 * forks itself (`startApp(name, import.meta.url, …)`); in the child, `serveAppIfChild(name, …)`
 * at the module's top level runs the app and answers the parent's 'stop'.
 */

/** Sent by the app once it shares the workshop. */
export interface Ready {
  type: 'ready';
  /** The facilitator's own address (loopback, no token). */
  local: string;
  /** The participants' address (the room-network listener). */
  lan: string;
  code: string;
}

/** Sent by the app once it has stopped: how late its event loop ran (CPU contention, long synchronous work), and the bench's own figures. */
export type Stopped<F> = F & { type: 'stopped'; loopDelayP99: number };

export interface AppSetup<F> {
  /** Written to the data folder and shared. */
  workshop: Workshop;
  /** The built renderer served to phones (null: API only). */
  staticDir: string | null;
  /** Who is the facilitator on the room's listener without a token (default: loopback). */
  shareTrust?: TrustPolicy;
  /** Wraps what the bench times, once the services exist; returns what to report when the app stops. */
  instrument: (services: Services) => () => F;
}

/**
 * Times every call of `target[key]` (an async method) from now on, in milliseconds; on a prototype,
 * every instance's calls. For what the app does inside, e.g. `timeCalls(CommandLog.prototype, 'sync')`.
 */
export const timeCalls = <T extends object, K extends keyof T>(target: T, key: K): number[] => {
  const samples: number[] = [];
  const original = target[key];
  if (typeof original !== 'function') throw new Error(`${String(key)} is not a method`);
  const timed = async function timed(this: unknown, ...args: unknown[]): Promise<unknown> {
    const started = performance.now();
    try {
      return await (original as (...a: unknown[]) => Promise<unknown>).apply(this, args);
    } finally {
      samples.push(performance.now() - started);
    }
  };
  target[key] = timed as T[K];
  return samples;
};

const ROLE = 'BENCH_APP_ROLE';
const DATA_DIR = 'BENCH_APP_DIR';

const serveApp = async <F>(dataDir: string, setup: AppSetup<F>, send: (message: Ready | Stopped<F>) => void): Promise<void> => {
  const loopDelay = monitorEventLoopDelay({ resolution: 10 });
  loopDelay.enable();
  const logError = (error: unknown): void => console.error(error);
  const services = await createServices({ dataDir, mode: 'web', logError });
  const figures = setup.instrument(services);
  const workshopId = setup.workshop.id;
  await writeFileDurably(path.join(dataDir, 'workshops', `${workshopId}.json`), JSON.stringify(setup.workshop));
  // Every participant comes from 127.0.0.1 here, so the per-address join limit is raised for the bench.
  const app = await startServer({
    services,
    port: 0,
    staticDir: setup.staticDir,
    sharePort: 0,
    ...(setup.shareTrust ? { shareTrust: setup.shareTrust } : {}),
    joinRate: { attempts: 10_000, windowMs: 60_000 },
    logError,
  });
  const status = await services.handlers['share.start']({ workshopId, host: '127.0.0.1', port: 0 });
  process.on('message', (message) => {
    if (message !== 'stop') return;
    void (async () => {
      await services.handlers['share.stop']({});
      await app.close();
      await services.close();
      send({ ...figures(), type: 'stopped', loopDelayP99: loopDelay.percentile(99) / 1e6 });
      process.disconnect();
    })();
  });
  send({ type: 'ready', local: app.url, lan: status.urls[0] ?? '', code: status.code ?? '' });
};

/** In the child `startApp(name, …)` forked (and only there): runs the app. `setup` reads what the parent passed in `env`. */
export const serveAppIfChild = <F>(name: string, setup: (env: NodeJS.ProcessEnv) => AppSetup<F>): void => {
  if (process.env[ROLE] !== name || !process.send) return;
  const send = process.send.bind(process);
  void serveApp(process.env[DATA_DIR] ?? '', setup(process.env), (message) => send(message));
};

/** Forks the bench module at `moduleUrl` as the app `name`, on `dataDir`; resolves once it shares the workshop. */
export const startApp = (name: string, moduleUrl: string, dataDir: string, env: Record<string, string> = {}): Promise<{ child: ChildProcess; ready: Ready }> =>
  new Promise((resolve, reject) => {
    const child = fork(fileURLToPath(moduleUrl), [], {
      execArgv: ['--import', import.meta.resolve('tsx')],
      env: { ...process.env, ...env, [ROLE]: name, [DATA_DIR]: dataDir },
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`the app stopped early (exit ${code})`)));
    child.once('message', (message) => resolve({ child, ready: message as Ready }));
  });

/** Stops the app (its share, server and services) and resolves with its figures. */
export const stopApp = <F>(child: ChildProcess): Promise<Stopped<F>> =>
  new Promise((resolve) => {
    child.removeAllListeners('exit');
    child.once('message', (message) => resolve(message as Stopped<F>));
    child.send('stop');
  });
