import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, mkdir, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { listPackage, statFile } from '@electron/asar';
import { Arch, build, Platform } from 'electron-builder';

/**
 * Packs the app with the real electron-builder and the project's real config, on a machine that
 * cannot download Electron: the Electron distribution is a stand-in whose executable holds only a
 * fuse wire (Electron's sentinel, version 1, 8 fuses all in their default state). Everything else
 * electron-builder does is the real thing: it loads electron-builder.config.ts, validates it, selects
 * the files, writes app.asar and flips the fuses in the stand-in executable.
 * Used by test/integration/packaging and `npm run bench -- app`.
 */

/** Builds out/ with electron-vite when it is not there (a fresh checkout: npm test runs vitest before the e2e build). */
export const ensureAppBuilt = (projectDir: string): void => {
  if (existsSync(path.join(projectDir, 'out', 'main', 'index.js'))) return;
  const bin = path.join(projectDir, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js');
  const built = spawnSync(process.execPath, [bin, 'build'], { cwd: projectDir, stdio: 'inherit' });
  if (built.status !== 0) throw new Error('electron-vite build gagal');
};

export const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
/** Electron's defaults: RunAsNode on, cookie encryption off, NODE_OPTIONS on, --inspect on, the rest off. */
const DEFAULT_WIRE = '10110000';

export const writeStandInElectron = async (dir: string): Promise<string> => {
  await mkdir(path.join(dir, 'resources'), { recursive: true });
  const binary = path.join(dir, 'electron');
  const body = Buffer.concat([Buffer.from('#!/bin/sh\nexit 0\n'), Buffer.from(FUSE_SENTINEL), Buffer.from([1, DEFAULT_WIRE.length]), Buffer.from(DEFAULT_WIRE), Buffer.alloc(32)]);
  await writeFile(binary, body);
  await chmod(binary, 0o755);
  await writeFile(path.join(dir, 'LICENSE'), 'stand-in\n');
  await writeFile(path.join(dir, 'version'), 'stand-in\n');
  return dir;
};

export interface PackedApp {
  appOutDir: string;
  asarPath: string;
  executable: string;
  /** Every file inside app.asar, as '/out/main/index.js'. */
  files: string[];
  /** Sum of the unpacked sizes of the files inside app.asar. */
  unpackedBytes: number;
  asarBytes: number;
}

/** electron-builder `--linux dir` with the project's config into `workDir`; nothing is written elsewhere. */
export const packLinuxDir = async (projectDir: string, workDir: string): Promise<PackedApp> => {
  const electronDist = await writeStandInElectron(path.join(workDir, 'electron-dist'));
  const output = path.join(workDir, 'dist');
  await build({
    projectDir,
    targets: Platform.LINUX.createTarget('dir', Arch.x64),
    config: { extends: './electron-builder.config.ts', electronDist, directories: { output } },
    publish: 'never',
  });
  const appOutDir = path.join(output, 'linux-unpacked');
  const asarPath = path.join(appOutDir, 'resources', 'app.asar');
  const files: string[] = [];
  let unpackedBytes = 0;
  for (const entry of listPackage(asarPath, { isPack: false })) {
    const info = statFile(asarPath, entry.slice(1), false);
    if ('files' in info) continue;
    if ('link' in info) {
      files.push(entry);
      continue;
    }
    files.push(entry);
    unpackedBytes += info.size;
  }
  return { appOutDir, asarPath, executable: path.join(appOutDir, 'masterplan-smart-city'), files, unpackedBytes, asarBytes: (await stat(asarPath)).size };
};
