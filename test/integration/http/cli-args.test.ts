import { describe, expect, it } from 'vitest';
import { CliUsageError, DEFAULT_PORT, parseCliArgs } from '../../../electron/server/cli-args';
import { defaultDataDir, legacyBrowserDataDir } from '../../../electron/services/data-dir';
import { shareBinding } from '../../../electron/server/share-cli';

describe('npm run web options', () => {
  it('defaults to port 5178 on this computer only, with the demo workshop', () => {
    expect(parseCliArgs([])).toEqual({ port: DEFAULT_PORT, host: '127.0.0.1', dataDir: undefined, seedDemo: true, help: false });
  });

  it('reads --port, --data, --host and --no-demo in both spellings', () => {
    expect(parseCliArgs(['--port', '0', '--data', '/tmp/lokakarya', '--host=0.0.0.0', '--no-demo'])).toEqual({
      port: 0,
      host: '0.0.0.0',
      dataDir: '/tmp/lokakarya',
      seedDemo: false,
      help: false,
    });
    expect(parseCliArgs(['--port=8080']).port).toBe(8080);
  });

  it.each([['abc'], ['-1'], ['70000'], ['80.5'], ['']])('refuses port %s', (port) => {
    expect(() => parseCliArgs(['--port', port])).toThrow(CliUsageError);
  });

  it('reads --share-port, only together with --share', () => {
    expect(parseCliArgs(['--share', '--share-port', '8090']).sharePort).toBe(8090);
    expect(parseCliArgs(['--share']).sharePort).toBeUndefined();
    expect(() => parseCliArgs(['--share-port', '8090'])).toThrow(CliUsageError);
    expect(() => parseCliArgs(['--share', '--share-port', '70000'])).toThrow(CliUsageError);
    expect(shareBinding('127.0.0.1', 5178, 8090)).toEqual({ host: '0.0.0.0', port: 8090 });
    expect(shareBinding('127.0.0.1', 5178)).toEqual({ host: '0.0.0.0', port: 5179 });
  });

  it('refuses unknown options and a --data without a folder', () => {
    expect(() => parseCliArgs(['--prot', '1'])).toThrow(CliUsageError);
    expect(() => parseCliArgs(['--data'])).toThrow(CliUsageError);
  });
});

describe('the default data folder', () => {
  const home = '/home/fasilitator';

  it('is the desktop app’s userData on Linux: XDG_CONFIG_HOME or ~/.config, then the product name', () => {
    expect(defaultDataDir({ platform: 'linux', env: { XDG_CONFIG_HOME: '/data/xdg' }, homedir: home })).toBe('/data/xdg/Masterplan Smart City');
    expect(defaultDataDir({ platform: 'linux', env: { XDG_DATA_HOME: '/data/xdg' }, homedir: home })).toBe('/home/fasilitator/.config/Masterplan Smart City');
    expect(defaultDataDir({ platform: 'linux', env: { XDG_CONFIG_HOME: 'relatif' }, homedir: home })).toBe('/home/fasilitator/.config/Masterplan Smart City');
  });

  it('uses %APPDATA% on Windows and Application Support on macOS, as Electron does', () => {
    expect(defaultDataDir({ platform: 'win32', env: { APPDATA: 'C:\\Users\\Fasilitator\\AppData\\Roaming' }, homedir: 'C:\\Users\\Fasilitator' })).toBe(
      'C:\\Users\\Fasilitator\\AppData\\Roaming\\Masterplan Smart City',
    );
    expect(defaultDataDir({ platform: 'darwin', env: {}, homedir: '/Users/fasilitator' })).toBe('/Users/fasilitator/Library/Application Support/Masterplan Smart City');
  });

  it('knows where browser mode kept workshops before, to offer them for import', () => {
    expect(legacyBrowserDataDir({ platform: 'linux', env: { XDG_DATA_HOME: '/data/xdg' }, homedir: home })).toBe('/data/xdg/masterplan-smart-city');
    expect(legacyBrowserDataDir({ platform: 'linux', env: {}, homedir: home })).toBe('/home/fasilitator/.local/share/masterplan-smart-city');
    expect(legacyBrowserDataDir({ platform: 'win32', env: { APPDATA: 'C:\\R' }, homedir: 'C:\\U' })).toBe('C:\\R\\masterplan-smart-city');
  });
});
