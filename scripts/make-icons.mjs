#!/usr/bin/env node
// Makes every app icon size from ONE source, resources/icon.svg:
//   resources/icons/png/<N>x<N>.png  (16…1024; AppImage and .deb use the folder)
//   resources/icons/icon.png         (1024; electron-builder makes the macOS .icns from it)
//   resources/icons/icon.ico         (16, 24, 32, 48, 64, 128, 256; Windows exe, installer, shortcuts)
// The SVG is drawn by Chromium (Playwright, already a dev dependency; CHROMIUM_PATH or /usr/bin/chromium)
// and the .ico is written here: an ICO file may hold PNG images as they are (Windows Vista and later).
// Run it after changing icon.svg and commit the results: packaging does not need Chromium.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const PNG_SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024];
export const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256];

/** An .ico holding the given PNG images (each `{ size, png }`, size ≤ 256). */
export const icoFromPngs = (images) => {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0); // reserved
  header.writeUInt16LE(1, 2); // 1 = icon
  header.writeUInt16LE(images.length, 4);
  const entries = [];
  let offset = 6 + 16 * images.length;
  for (const { size, png } of images) {
    if (size > 256) throw new Error(`ICO images are at most 256 px (got ${size})`);
    const entry = Buffer.alloc(16);
    entry.writeUInt8(size === 256 ? 0 : size, 0); // 0 means 256
    entry.writeUInt8(size === 256 ? 0 : size, 1);
    entry.writeUInt8(0, 2); // no palette
    entry.writeUInt8(0, 3);
    entry.writeUInt16LE(1, 4); // colour planes
    entry.writeUInt16LE(32, 6); // bits per pixel
    entry.writeUInt32LE(png.length, 8);
    entry.writeUInt32LE(offset, 12);
    entries.push(entry);
    offset += png.length;
  }
  return Buffer.concat([header, ...entries, ...images.map((image) => image.png)]);
};

const render = async (svg, sizes) => {
  const { chromium } = await import('@playwright/test');
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage();
    const out = new Map();
    const dataUrl = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
    for (const size of sizes) {
      await page.setViewportSize({ width: size, height: size });
      await page.setContent(`<html><body style="margin:0;background:transparent"><img src="${dataUrl}" width="${size}" height="${size}" style="display:block"></body></html>`);
      await page.locator('img').evaluate((img) => img.decode());
      out.set(size, await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } }));
    }
    return out;
  } finally {
    await browser.close();
  }
};

const main = async () => {
  const svg = await readFile(path.join(root, 'resources', 'icon.svg'), 'utf8');
  const pngs = await render(svg, PNG_SIZES);
  const folder = path.join(root, 'resources', 'icons');
  await mkdir(path.join(folder, 'png'), { recursive: true });
  for (const [size, png] of pngs) await writeFile(path.join(folder, 'png', `${size}x${size}.png`), png);
  await writeFile(path.join(folder, 'icon.png'), pngs.get(1024));
  await writeFile(path.join(folder, 'icon.ico'), icoFromPngs(ICO_SIZES.map((size) => ({ size, png: pngs.get(size) }))));
  console.log(`Ikon dibuat dari resources/icon.svg: ${PNG_SIZES.join(', ')} px, icon.ico (${ICO_SIZES.join(', ')} px)`);
};

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) await main();
