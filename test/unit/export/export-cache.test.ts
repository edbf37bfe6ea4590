import { unzipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ExportDocxInputSchema, type ExportDocxOutput } from '../../../shared/contract/export';
import type { Workshop } from '../../../shared/model';
import { ByteLru, cachedModel, clearExportCache, estimateKey, exportCacheStats } from '../../../electron/services/export/export-cache';
import { exportMasterplanDocx } from '../../../electron/services/export/export-service';
import type { WorkshopStore } from '../../../electron/services/store/workshop-store';
import { demoWorkshop } from '../document/fixture';
import { normaliseDocxIds } from './docx-ids';

/*
 * What the server keeps between exports (export-cache.ts): the document model and page layout per workshop revision
 * and options, the diagrams' pictures by what they are drawn from, in memory within a byte budget.
 */

const documentXml = (output: ExportDocxOutput): string => new TextDecoder().decode(unzipSync(new Uint8Array(Buffer.from(output.base64, 'base64')))['word/document.xml']);

/** A store holding one workshop, which the test replaces as the facilitator's edits would. */
const storeOf = (holder: { workshop: Workshop }): WorkshopStore => ({ open: async () => ({ workshop: holder.workshop }) }) as unknown as WorkshopStore;

describe('the export cache', () => {
  let chromium: string | undefined;
  beforeEach(() => {
    clearExportCache();
    // Diagrams as their tables: the cache of the model is what is tested here, not drawing.
    chromium = process.env['CHROMIUM_PATH'];
    process.env['CHROMIUM_PATH'] = '/tidak/ada/chromium';
  });
  afterEach(() => {
    if (chromium === undefined) delete process.env['CHROMIUM_PATH'];
    else process.env['CHROMIUM_PATH'] = chromium;
  });

  it('forgets the least recently used entries beyond its byte budget', () => {
    const lru = new ByteLru<string>(100);
    lru.set('a', 'A', 40);
    lru.set('b', 'B', 40);
    expect(lru.get('a')).toBe('A');
    lru.set('c', 'C', 40);
    expect(lru.get('b')).toBeUndefined();
    expect(lru.get('a')).toBe('A');
    expect(lru.get('c')).toBe('C');
    expect(lru.bytes).toBe(80);
    lru.set('huge', 'H', 101);
    expect(lru.get('huge')).toBeUndefined();
    expect(lru.size).toBe(2);
  });

  it('keeps one model per workshop and options, made again for a new revision', () => {
    let made = 0;
    const make = () => {
      made += 1;
      return { doc: {} as never, contents: {} as never, estimates: new Map() };
    };
    const first = cachedModel({ workshopId: 'w', revision: 3, updatedAt: 't3' }, { draft: true }, make);
    expect(cachedModel({ workshopId: 'w', revision: 3, updatedAt: 't3' }, { draft: true }, make)).toBe(first);
    expect(made).toBe(1);
    cachedModel({ workshopId: 'w', revision: 3, updatedAt: 't3' }, { draft: false }, make);
    cachedModel({ workshopId: 'w', revision: 4, updatedAt: 't4' }, { draft: true }, make);
    expect(made).toBe(3);
    expect(exportCacheStats().models).toBe(2);
    expect(estimateKey('A4', { b: { png: new Uint8Array(), width: 2, height: 3 }, a: { png: new Uint8Array(), width: 1, height: 1 } })).toBe('A4|a:1x1,b:2x3');
  });

  it('exports a revision from its cached model: the same file again, and the new text once the revision changes', async () => {
    const holder = { workshop: demoWorkshop() };
    const store = storeOf(holder);
    const input = ExportDocxInputSchema.parse({ workshopId: holder.workshop.id, draft: true });
    const first = await exportMasterplanDocx(store, input);
    const second = await exportMasterplanDocx(store, input);
    expect(normaliseDocxIds(documentXml(second))).toBe(normaliseDocxIds(documentXml(first)));
    expect(exportCacheStats().models).toBe(1);

    const renamed = `${holder.workshop.region.name} Raya`;
    // The same revision stands for the same content: the model is not made again (this is what the cache relies on).
    holder.workshop = { ...holder.workshop, region: { ...holder.workshop.region, name: renamed } };
    expect(documentXml(await exportMasterplanDocx(store, input))).not.toContain(renamed);
    // A new revision is written anew.
    holder.workshop = { ...holder.workshop, revision: holder.workshop.revision + 1, updatedAt: new Date(Date.now() + 1000).toISOString() };
    expect(documentXml(await exportMasterplanDocx(store, input))).toContain(renamed);
  }, 120_000);
});
