import { describe, expect, it } from 'vitest';
import { ELECTRON_FUSES } from '../../../scripts/packaging/fuses';

describe('Electron fuses for the packaged binary', () => {
  it('closes every way to run other code with the app binary and keeps the app to its signed asar', () => {
    expect(ELECTRON_FUSES).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableCookieEncryption: true,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('is the config electron-builder flips at build time', async () => {
    const config = (await import('../../../electron-builder.config')).default;
    expect(config.electronFuses).toBe(ELECTRON_FUSES);
    expect(config.asar).toBe(true);
  });
});
