import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { extractFile } from '@electron/asar';
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config';
import { DebugLogger } from 'builder-util';
import type { Configuration } from 'electron-builder';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ELECTRON_FUSES } from '../../../scripts/packaging/fuses';
import { ensureAppBuilt, packLinuxDir, type PackedApp } from '../../../scripts/packaging/pack-app';

const root = path.resolve(import.meta.dirname, '../../..');
const MAX_UNPACKED_BYTES = 60 * 1024 * 1024;

const targetNames = (targets: Configuration['win']): string[] => {
  const list = targets && typeof targets === 'object' && 'target' in targets ? targets.target : null;
  return (Array.isArray(list) ? list : list ? [list] : []).map((t) => (typeof t === 'string' ? t : t.target));
};

describe('packaging config (electron-builder.config.ts, loaded as electron-builder loads it)', () => {
  it('loads through electron-builder, passes its schema and names every target', async () => {
    const config = await getConfig(root, 'electron-builder.config.ts', null);
    await validateConfiguration(config, new DebugLogger(false));
    expect(targetNames(config.win)).toEqual(['nsis', 'portable']);
    expect(targetNames(config.mac)).toEqual(['dmg']);
    expect(config.linux?.target).toEqual(['AppImage', 'deb']);
    expect(config.productName).toBe('Masterplan Smart City');
    expect(config.nsis).toMatchObject({ oneClick: false, perMachine: false, allowToChangeInstallationDirectory: true, installerLanguages: ['id_ID'] });
    expect(config.fileAssociations).toEqual([expect.objectContaining({ ext: 'paketopd' })]);
    for (const file of [config.win?.icon, config.mac?.icon, config.linux?.icon, config.nsis?.include]) expect(existsSync(path.join(root, String(file))), String(file)).toBe(true);
    // The version is package.json's: the config does not set one.
    expect(config.extraMetadata?.version).toBeUndefined();
  });
});

describe('the packed app (real electron-builder, stand-in Electron executable)', () => {
  let work = '';
  let packed: PackedApp;

  beforeAll(async () => {
    ensureAppBuilt(root);
    work = await mkdtemp(path.join(tmpdir(), 'masterplan-pack-'));
    packed = await packLinuxDir(root, work);
  }, 300_000);

  afterAll(async () => {
    if (work) await rm(work, { recursive: true, force: true });
  });

  it('holds only the built app (out/ and package.json): no node_modules, sources, tests, benchmarks or maps', async () => {
    const { files } = packed;
    console.log(`app.asar: ${(packed.asarBytes / 1048576).toFixed(1)} MB, ${files.length} files, ${(packed.unpackedBytes / 1048576).toFixed(1)} MB unpacked (target ≤ 60 MB)`);
    expect(files).toContain('/package.json');
    expect(files).toContain('/out/main/index.js');
    expect(files).toContain('/out/preload/index.cjs');
    expect(files).toContain('/out/renderer/index.html');
    expect(files.filter((f) => !f.startsWith('/out/') && f !== '/package.json')).toEqual([]);
    expect(files.filter((f) => /node_modules|\.map$|\.tsx?$|\/(test|bench|src)\//.test(f))).toEqual([]);
    expect(packed.unpackedBytes).toBeLessThanOrEqual(MAX_UNPACKED_BYTES);
    const pkg = JSON.parse(extractFile(packed.asarPath, 'package.json').toString('utf8')) as { main: string; version: string };
    const ours = JSON.parse(await readFile(path.join(root, 'package.json'), 'utf8')) as { version: string };
    expect(pkg.main).toBe('out/main/index.js');
    expect(pkg.version).toBe(ours.version);
  });

  it('runs without node_modules: the bundles import only Node built-ins and electron', () => {
    for (const file of packed.files.filter((f) => /^\/out\/(main|preload)\/.*\.c?js$/.test(f))) {
      const code = extractFile(packed.asarPath, file.slice(1)).toString('utf8');
      const imported = [...code.matchAll(/^import\s[^'"]*from\s*["']([^"']+)["']/gm)].map((m) => m[1]);
      const bare = imported.filter((s): s is string => !!s && !s.startsWith('.') && !s.startsWith('node:') && !builtinModules.includes(s) && s !== 'electron');
      expect(bare, file).toEqual([]);
    }
  });

  it('flips the fuses in the packed executable as scripts/packaging/fuses.ts says', async () => {
    const wire = await getCurrentFuseWire(packed.executable);
    const ENABLE = 49;
    const DISABLE = 48;
    const expected: Record<FuseV1Options, boolean> = {
      [FuseV1Options.RunAsNode]: ELECTRON_FUSES.runAsNode,
      [FuseV1Options.EnableCookieEncryption]: ELECTRON_FUSES.enableCookieEncryption,
      [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: ELECTRON_FUSES.enableNodeOptionsEnvironmentVariable,
      [FuseV1Options.EnableNodeCliInspectArguments]: ELECTRON_FUSES.enableNodeCliInspectArguments,
      [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: ELECTRON_FUSES.enableEmbeddedAsarIntegrityValidation,
      [FuseV1Options.OnlyLoadAppFromAsar]: ELECTRON_FUSES.onlyLoadAppFromAsar,
      [FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]: false,
      [FuseV1Options.GrantFileProtocolExtraPrivileges]: ELECTRON_FUSES.grantFileProtocolExtraPrivileges,
    };
    for (const [fuse, on] of Object.entries(expected)) expect(wire[Number(fuse) as FuseV1Options], FuseV1Options[Number(fuse)]).toBe(on ? ENABLE : DISABLE);
  });
});
