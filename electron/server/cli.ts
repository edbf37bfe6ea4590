// Browser mode: the same services as the desktop app, behind HTTP on this computer.
// Run through `npm run web` (scripts/web.mjs), or directly: `node --import tsx electron/server/cli.ts --port 5178`.
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { defaultDataDir, legacyBrowserDataDir } from '../services/data-dir';
import { createServices, flushOnSignals, type Services } from '../services/index';
import { CliUsageError, USAGE, parseCliArgs, type CliOptions } from './cli-args';
import { DEFAULT_STATIC_DIR, startServer, type RunningServer } from './index';
import { describeShareForTerminal, shareBinding, workshopToShare } from './share-cli';

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '::1']);

const readOptions = (): CliOptions => {
  try {
    return parseCliArgs(process.argv.slice(2));
  } catch (error) {
    if (!(error instanceof CliUsageError)) throw error;
    console.error(error.message);
    console.error(USAGE);
    process.exit(2);
  }
};

const isAddressInUse = (error: unknown): boolean => (error as NodeJS.ErrnoException | undefined)?.code === 'EADDRINUSE';

/**
 * On Ctrl+C or SIGTERM: stop taking requests while the services write every workshop and exit
 * (`flushOnSignals`). This listener stays, so a repeated signal (the terminal and `npm run web`
 * both pass Ctrl+C on) cannot kill the process halfway through saving.
 */
const stopServerOnSignals = (server: RunningServer): void => {
  let stopping = false;
  const stop = (): void => {
    if (stopping) return;
    stopping = true;
    console.log('\nBerhenti: menyimpan semua lokakarya…');
    server.close().catch(() => undefined);
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, stop);
};

/** `--share`: shares a workshop on the room's network and describes how to join. */
const startSharing = async (handlers: Services['handlers'], options: CliOptions, appPort: number): Promise<string[]> => {
  const workshopId = await workshopToShare(handlers, options.workshopId);
  if (!workshopId) return ['Belum ada lokakarya untuk dibagikan. Buat lokakarya dahulu, lalu jalankan lagi dengan --share.'];
  try {
    const status = await handlers['share.start']({ workshopId, ...shareBinding(options.host, appPort, options.sharePort) });
    return describeShareForTerminal(status);
  } catch (error) {
    return [`Berbagi di jaringan lokal tidak dapat dimulai: ${error instanceof Error ? error.message : String(error)}`];
  }
};

const main = async (): Promise<void> => {
  const options = readOptions();
  if (options.help) {
    console.log(USAGE);
    return;
  }
  const dataDir = path.resolve(options.dataDir ?? defaultDataDir());
  await mkdir(dataDir, { recursive: true });
  // The default folder is the desktop app's; workshops in browser mode's old folder are offered on the home screen.
  const legacyDataDir = options.dataDir === undefined ? legacyBrowserDataDir() : null;
  const services = await createServices({ dataDir, mode: 'web', seedDemo: options.seedDemo, legacyDataDir });

  let server: RunningServer;
  try {
    server = await startServer({ services, host: options.host, port: options.port });
  } catch (error) {
    await services.close();
    if (!isAddressInUse(error)) throw error;
    console.error(`Port ${options.port} sudah dipakai program lain. Pilih port lain, misalnya --port 0.`);
    process.exit(1);
  }
  stopServerOnSignals(server);
  flushOnSignals(services);

  const lines = [`Masterplan Smart City berjalan di ${server.url}`, `Folder data: ${dataDir}`];
  if (!existsSync(path.join(DEFAULT_STATIC_DIR, 'index.html'))) {
    lines.push('Tampilan aplikasi belum dibangun (out/renderer): hanya API yang tersedia. Jalankan `npm run build`.');
  }
  if (!LOOPBACK_HOSTS.has(options.host)) {
    lines.push(`Peringatan: server terbuka untuk jaringan (${options.host}). Perangkat lain hanya dapat membuka tampilan; mengubah lokakarya memerlukan kode bergabung (--share).`);
  }
  if (options.share) lines.push(...(await startSharing(services.handlers, options, server.port)));
  lines.push('Tekan Ctrl+C untuk berhenti.');
  // One write, so whoever reads the URL also has the rest.
  console.log(lines.join('\n'));
};

main().catch((error: unknown) => {
  console.error('Server tidak dapat dijalankan:', error instanceof Error ? error.message : error);
  process.exit(1);
});
