import os from 'node:os';
import path from 'node:path';

export const APP_DATA_FOLDER = 'masterplan-smart-city';

export interface DataDirEnvironment {
  platform: NodeJS.Platform;
  env: Record<string, string | undefined>;
  homedir: string;
}

const currentEnvironment = (): DataDirEnvironment => ({ platform: process.platform, env: process.env, homedir: os.homedir() });

/**
 * The per-user folder where workshops live when no `--data` is given:
 * Windows `%APPDATA%`, macOS `~/Library/Application Support`, elsewhere `$XDG_DATA_HOME` or `~/.local/share`.
 */
export const defaultDataDir = (environment: DataDirEnvironment = currentEnvironment()): string => {
  const { platform, env, homedir } = environment;
  if (platform === 'win32') {
    const appData = env.APPDATA || path.win32.join(homedir, 'AppData', 'Roaming');
    return path.win32.join(appData, APP_DATA_FOLDER);
  }
  if (platform === 'darwin') return path.posix.join(homedir, 'Library', 'Application Support', APP_DATA_FOLDER);
  const xdg = env.XDG_DATA_HOME;
  // The XDG spec says a relative XDG_DATA_HOME is invalid and must be ignored.
  const base = xdg && path.posix.isAbsolute(xdg) ? xdg : path.posix.join(homedir, '.local', 'share');
  return path.posix.join(base, APP_DATA_FOLDER);
};
