import os from 'node:os';
import path from 'node:path';

/** The desktop app's `userData` folder name: Electron names it after package.json's productName. */
export const APP_DATA_FOLDER = 'Masterplan Smart City';
/** The folder browser mode used before both modes shared one (issue 15); offered for import, never written. */
export const LEGACY_BROWSER_DATA_FOLDER = 'masterplan-smart-city';

export interface DataDirEnvironment {
  platform: NodeJS.Platform;
  env: Record<string, string | undefined>;
  homedir: string;
}

const currentEnvironment = (): DataDirEnvironment => ({ platform: process.platform, env: process.env, homedir: os.homedir() });

/** `folder` inside the per-user application folder; on Linux inside $XDG_CONFIG_HOME or $XDG_DATA_HOME. */
const perUserFolder = (environment: DataDirEnvironment, folder: string, xdg: 'config' | 'data'): string => {
  const { platform, env, homedir } = environment;
  if (platform === 'win32') {
    const appData = env.APPDATA || path.win32.join(homedir, 'AppData', 'Roaming');
    return path.win32.join(appData, folder);
  }
  if (platform === 'darwin') return path.posix.join(homedir, 'Library', 'Application Support', folder);
  // The XDG spec says a relative XDG_*_HOME is invalid and must be ignored.
  const given = xdg === 'config' ? env.XDG_CONFIG_HOME : env.XDG_DATA_HOME;
  const base = given && path.posix.isAbsolute(given) ? given : xdg === 'config' ? path.posix.join(homedir, '.config') : path.posix.join(homedir, '.local', 'share');
  return path.posix.join(base, folder);
};

/**
 * The per-user folder where workshops live when no `--data` is given, for the desktop app and browser
 * mode alike: the desktop's `userData`, i.e. Electron's `appData` + the product name —
 * Windows `%APPDATA%\Masterplan Smart City`, macOS `~/Library/Application Support/Masterplan Smart City`,
 * elsewhere `$XDG_CONFIG_HOME/Masterplan Smart City` or `~/.config/Masterplan Smart City`.
 */
export const defaultDataDir = (environment: DataDirEnvironment = currentEnvironment()): string => perUserFolder(environment, APP_DATA_FOLDER, 'config');

/**
 * Where browser mode kept workshops before: Windows `%APPDATA%\masterplan-smart-city`, macOS
 * `~/Library/Application Support/masterplan-smart-city`, elsewhere `$XDG_DATA_HOME/masterplan-smart-city`
 * or `~/.local/share/masterplan-smart-city`.
 */
export const legacyBrowserDataDir = (environment: DataDirEnvironment = currentEnvironment()): string =>
  perUserFolder(environment, LEGACY_BROWSER_DATA_FOLDER, 'data');
