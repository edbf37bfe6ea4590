import { readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { Plugin } from 'vite';

const gzipAsync = promisify(gzip);
const brotliAsync = promisify(brotliCompress);

/** Text files worth compressing; images and fonts are compressed already. */
const COMPRESSIBLE = new Set(['.js', '.mjs', '.css', '.html', '.svg', '.json', '.txt', '.webmanifest']);
/** Below this, the headers cost more than compression saves. */
export const PRECOMPRESS_MIN_BYTES = 1024;

export interface PrecompressedFile {
  file: string;
  raw: number;
  gzip: number;
  brotli: number;
}

/**
 * Writes `<file>.gz` (gzip level 9) and `<file>.br` (brotli quality 11) beside each compressible file
 * of at least 1 KB, once at build time, so the server never compresses static files per request.
 * Their modification time is the same or later than the original's: the server only uses a
 * variant that is not older than its original (electron/server/static.ts).
 */
export const precompressFiles = async (files: readonly string[]): Promise<PrecompressedFile[]> => {
  const wanted = files.filter((file) => COMPRESSIBLE.has(path.extname(file).toLowerCase()));
  const done = await Promise.all(
    wanted.map(async (file): Promise<PrecompressedFile | undefined> => {
      if ((await stat(file)).size < PRECOMPRESS_MIN_BYTES) return undefined;
      const raw = await readFile(file);
      const [gz, br] = await Promise.all([
        gzipAsync(raw, { level: 9 }),
        brotliAsync(raw, {
          params: {
            [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
            [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
            [constants.BROTLI_PARAM_SIZE_HINT]: raw.length,
          },
        }),
      ]);
      await Promise.all([writeFile(`${file}.gz`, gz), writeFile(`${file}.br`, br)]);
      return { file, raw: raw.length, gzip: gz.length, brotli: br.length };
    }),
  );
  return done.filter((entry): entry is PrecompressedFile => entry !== undefined);
};

/** Vite plugin (build only): precompresses everything the renderer build wrote. */
export const precompressPlugin = (): Plugin => ({
  name: 'masterplan:precompress',
  apply: 'build',
  enforce: 'post',
  async writeBundle(options, bundle) {
    const outDir = options.dir;
    if (!outDir) return;
    const written = await precompressFiles(Object.keys(bundle).map((name) => path.join(outDir, name)));
    const raw = written.reduce((sum, f) => sum + f.raw, 0);
    const br = written.reduce((sum, f) => sum + f.brotli, 0);
    this.info(`precompressed ${written.length} files: ${(raw / 1024).toFixed(0)} KB → ${(br / 1024).toFixed(0)} KB brotli (.gz beside)`);
  },
});
