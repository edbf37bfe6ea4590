import path from 'node:path';
import { wordError } from '../../shared/i18n/errors';
import { dispatch } from '../../shared/contract/dispatch';
import type { Handlers } from '../../shared/contract';
import { PACKAGE_EXTENSION } from '../services/handoff/file-names';

/**
 * Files the desktop app is asked to open: a double-click on a hand-off package (`.paketopd`, the
 * installer's file association) starts the app with the file's path in argv; when the app already
 * runs, the second launch hands its argv to the first (`second-instance`) and quits; macOS sends
 * `open-file`. Plain Node, no Electron import: test/unit/electron/open-file.test.ts drives it.
 */

const PACKAGE_SUFFIXES = [`.${PACKAGE_EXTENSION}`, '.json'];
/** Far above any real package (HANDOFF_MAX_CHARS is checked again by the contract); refuses a huge file before reading it. */
const MAX_PACKAGE_BYTES = 64 * 1024 * 1024;

/**
 * The package files named in a launch's argv, as absolute paths. argv[0] is the executable; flags
 * (`--data …` and Chromium's own) and the app folder (`.` under `electron .`) are not files to open.
 * A `.json` counts only when named explicitly with "Open with", never as an association.
 */
export const packagePathsFromArgv = (argv: readonly string[], cwd: string, platformPath: path.PlatformPath = path): string[] => {
  const found: string[] = [];
  const args = argv.slice(1);
  for (const [index, arg] of args.entries()) {
    if (!arg || arg.startsWith('-') || args[index - 1] === '--data') continue;
    const lower = arg.toLowerCase();
    if (!PACKAGE_SUFFIXES.some((suffix) => lower.endsWith(suffix))) continue;
    if (lower.endsWith('package.json')) continue;
    const absolute = platformPath.resolve(cwd, arg);
    if (!found.includes(absolute)) found.push(absolute);
  }
  return found;
};

/** `--data DIR` or `--data=DIR` on the desktop app's command line (as in browser mode), resolved; null when absent. */
export const dataDirFromArgv = (argv: readonly string[], cwd: string, platformPath: path.PlatformPath = path): string | null => {
  let found: string | null = null;
  for (const [index, arg] of argv.entries()) {
    const value = arg === '--data' ? argv[index + 1] : arg.startsWith('--data=') ? arg.slice('--data='.length) : undefined;
    if (value?.trim()) found = platformPath.resolve(cwd, value.trim());
  }
  return found;
};

/** What the window should do once a package has been read. */
export type OpenFileOutcome =
  | { kind: 'open-workshop'; workshopId: string; message: string | null }
  | { kind: 'error'; message: string };

export interface OpenFileDeps {
  handlers: Handlers;
  readFile(filePath: string): Promise<string>;
  fileSize(filePath: string): Promise<number>;
}

const messageOf = (error: unknown): string =>
  error instanceof Error && error.name === 'AppError' ? error.message : wordError('handoff.fileUnreadable');

const kindOf = (text: string): { kind: unknown; workshopId: unknown } | null => {
  try {
    const parsed: unknown = JSON.parse(text);
    return parsed && typeof parsed === 'object' ? { kind: Reflect.get(parsed, 'kind'), workshopId: Reflect.get(parsed, 'workshopId') } : null;
  } catch {
    return null;
  }
};

/**
 * Reads one package and runs the flow it belongs to, through the contract (the same checks as the
 * home screen's buttons): a package for an OPD is opened as the OPD's copy (or the copy made from it
 * earlier); a package coming back from an OPD is checked against the facilitator's workshop, which
 * is then opened with a pointer to Paket OPD › Tinjau paket dari OPD. Nothing is written otherwise.
 */
export const openPackageFile = async (filePath: string, deps: OpenFileDeps): Promise<OpenFileOutcome> => {
  const name = path.basename(filePath);
  let text: string;
  try {
    if ((await deps.fileSize(filePath)) > MAX_PACKAGE_BYTES) return { kind: 'error', message: `${name}: ${wordError('handoff.fileTooLarge')}` };
    text = await deps.readFile(filePath);
  } catch {
    return { kind: 'error', message: `${name}: ${wordError('handoff.fileUnreadable')}` };
  }
  try {
    const head = kindOf(text);
    if (head?.kind === 'dari-opd' && typeof head.workshopId === 'string') {
      const preview = (await dispatch(deps.handlers, 'handoff.preview', { workshopId: head.workshopId, package: text })) as { summary?: { opd?: { abbreviation?: string } } };
      const opd = preview.summary?.opd?.abbreviation ?? 'OPD';
      return {
        kind: 'open-workshop',
        workshopId: head.workshopId,
        message: `Paket kembalian dari ${opd} (${name}) cocok dengan lokakarya ini. Pilih Paket OPD › Tinjau paket dari OPD dan pilih berkas itu untuk meninjau lalu menggabungkannya.`,
      };
    }
    const opened = (await dispatch(deps.handlers, 'handoff.openPackage', { package: text })) as { workshop: { id: string }; reopened: boolean };
    return { kind: 'open-workshop', workshopId: opened.workshop.id, message: null };
  } catch (error) {
    return { kind: 'error', message: `${name}: ${messageOf(error)}` };
  }
};

/**
 * Holds the files asked for until the window can take them (the first launch's argv arrives before
 * the services are ready) and handles them one at a time, in order.
 */
export const createOpenFileQueue = (handle: (filePath: string) => Promise<void>) => {
  const waiting: string[] = [];
  let ready = false;
  let running: Promise<void> = Promise.resolve();
  const drain = (): Promise<void> => {
    while (ready && waiting.length > 0) {
      const next = waiting.shift()!;
      running = running.then(() => handle(next)).catch(() => undefined);
    }
    return running;
  };
  return {
    add(paths: readonly string[]): Promise<void> {
      waiting.push(...paths);
      return drain();
    },
    ready(): Promise<void> {
      ready = true;
      return drain();
    },
    get pending(): number {
      return waiting.length;
    },
  };
};
