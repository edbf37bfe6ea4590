import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildMasterplanDocument } from '../../../shared/document';
import { isSvgSource } from '../../../shared/document/diagrams';
import { DEFAULT_CHROMIUM, drawDiagrams } from '../../../electron/services/export/mermaid-chromium';
import { buildDemoWorkshop } from '../../../electron/services/reference';

const chromiumPath = process.env['CHROMIUM_PATH'] ?? DEFAULT_CHROMIUM;

/** A PNG's size from its IHDR chunk. */
const pngSize = (png: Uint8Array): [number, number] => {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return [view.getUint32(16), view.getUint32(20)];
};

describe.skipIf(!existsSync(chromiumPath))('drawing the diagrams in Chromium', () => {
  it("draws every diagram of the demo masterplan: our own SVG at twice their viewBox's size, the institutions chart by mermaid", async () => {
    const doc = buildMasterplanDocument(buildDemoWorkshop('demo-drawn', '2026-01-01T00:00:00.000Z'), { draft: false });
    const kinds = new Set(doc.diagrams.map((d) => d.kind));
    expect(kinds).toEqual(new Set(['mindmap', 'quadrant', 'gantt', 'flowchart']));
    // Only the boxes-and-arrows chart of the institutions (BAB VIII) is mermaid's to lay out.
    expect(doc.diagrams.filter((d) => !isSvgSource(d.source)).map((d) => d.kind)).toEqual(['flowchart']);
    const { pictures, failures } = await drawDiagrams(doc.diagrams, chromiumPath);
    expect(failures).toEqual({});
    for (const spec of doc.diagrams) {
      const picture = pictures[spec.id]!;
      if (!isSvgSource(spec.source)) {
        // Mermaid's layout, in the app's palette: wider than tall, drawn at twice its size too.
        expect(picture.width).toBeGreaterThan(picture.height);
        expect(pngSize(picture.png)).toEqual([picture.width * 2, picture.height * 2]);
        continue;
      }
      const [, , w, h] = (/viewBox="([\d. ]+)"/.exec(spec.source)?.[1] ?? '').split(' ').map(Number);
      expect([picture.width, picture.height]).toEqual([Math.ceil(w!), Math.ceil(h!)]);
      expect(pngSize(picture.png)).toEqual([picture.width * 2, picture.height * 2]);
    }
  }, 60_000);

  it('still loads mermaid for a mermaid source beside them', async () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 50"><rect width="100" height="50" fill="#0d5b70"/></svg>';
    const { pictures, failures } = await drawDiagrams(
      [
        { id: 'alur', kind: 'gantt', title: 'Alur', source: 'flowchart LR\n  a[Usulan] --> b[Program]' },
        { id: 'kotak', kind: 'gantt', title: 'Kotak', source: svg },
      ],
      chromiumPath,
    );
    expect(failures).toEqual({});
    expect(pictures['alur']?.width).toBeGreaterThan(100);
    expect(pictures['kotak']).toMatchObject({ width: 100, height: 50 });
  }, 60_000);
});
