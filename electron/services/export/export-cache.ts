import { createHash } from 'node:crypto';
import type { DiagramSpec, MasterplanDocument } from '../../../shared/document';
import type { Contents } from './contents';
import type { DiagramPicture } from './context';
import type { PageEstimate } from './page-estimate';

/**
 * What the server keeps between exports (export-service.ts), so a second export of an unchanged workshop redoes
 * neither the document model nor the page estimate, and a diagram whose source is unchanged is not drawn again:
 * - the document model (and its contents) per workshop revision and options; each workshop keeps only its latest;
 * - the page estimate per model, paper size and the sizes of the pictures it lays out;
 * - the diagrams' PNGs by a hash of what they are drawn from (source, the drawing's settings and stylesheet), in
 *   memory, least recently used first out beyond a byte budget.
 */

/** A map that forgets its least recently used entries beyond a budget of bytes. */
export class ByteLru<V> {
  private readonly entries = new Map<string, { value: V; bytes: number }>();
  private used = 0;

  constructor(private readonly budget: number) {}

  get(key: string): V | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    // Most recently used last.
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.value;
  }

  set(key: string, value: V, bytes: number): void {
    const old = this.entries.get(key);
    if (old) {
      this.used -= old.bytes;
      this.entries.delete(key);
    }
    if (bytes > this.budget) return;
    this.entries.set(key, { value, bytes });
    this.used += bytes;
    for (const [oldest, entry] of this.entries) {
      if (this.used <= this.budget) break;
      this.entries.delete(oldest);
      this.used -= entry.bytes;
    }
  }

  get size(): number {
    return this.entries.size;
  }

  get bytes(): number {
    return this.used;
  }

  clear(): void {
    this.entries.clear();
    this.used = 0;
  }
}

/** The document model of one workshop revision with given options, and its page estimates by paper and pictures. */
export interface CachedModel {
  doc: MasterplanDocument;
  contents: Contents;
  estimates: Map<string, PageEstimate>;
}

/** How many workshops keep their latest model: a facilitator exports one, a server of a few Bimtek rooms a few. */
const MODEL_WORKSHOPS = 4;
const models = new Map<string, { key: string; model: CachedModel }>();

/** The workshop's revision (and when it was saved, in case a revision number comes back after a restore). */
export interface RevisionKey {
  workshopId: string;
  revision: number;
  updatedAt: string;
}

/** The cached model of this revision and options, or one made by `make` (and kept, replacing older revisions). */
export const cachedModel = (revision: RevisionKey, options: object, make: () => CachedModel): CachedModel => {
  const key = `${revision.revision}|${revision.updatedAt}|${JSON.stringify(options)}`;
  const slot = `${revision.workshopId}|${JSON.stringify(options)}`;
  const known = models.get(slot);
  if (known && known.key === key) {
    models.delete(slot);
    models.set(slot, known);
    return known.model;
  }
  const model = make();
  models.delete(slot);
  models.set(slot, { key, model });
  while (models.size > MODEL_WORKSHOPS * 2) models.delete(models.keys().next().value ?? '');
  return model;
};

/** The key of a page estimate: the paper, and the size of each picture the pages are laid out with. */
export const estimateKey = (paperSize: string, pictures: Readonly<Record<string, DiagramPicture>>): string =>
  `${paperSize}|${Object.entries(pictures)
    .map(([id, p]) => `${id}:${p.width}x${p.height}`)
    .sort()
    .join(',')}`;

/** Pictures of diagrams by what they are drawn from; 64 MiB holds the ~60 diagrams of a few large workshops. */
const PICTURE_BUDGET = 64 * 1024 * 1024;
const pictures = new ByteLru<DiagramPicture>(PICTURE_BUDGET);

/** The key of a diagram's picture: a hash of its source and of the settings and stylesheet it is drawn with. */
export const pictureKey = (spec: Pick<DiagramSpec, 'source'>, drawing: string): string => createHash('sha256').update(drawing).update('\u0000').update(spec.source).digest('base64url');

export const cachedPicture = (key: string): DiagramPicture | undefined => pictures.get(key);

export const rememberPicture = (key: string, picture: DiagramPicture): void => pictures.set(key, picture, picture.png.byteLength + 64);

/** What the caches hold (for the bench and tests). */
export const exportCacheStats = (): { models: number; pictures: number; pictureBytes: number } => ({ models: models.size, pictures: pictures.size, pictureBytes: pictures.bytes });

/** Forgets everything (tests). */
export const clearExportCache = (): void => {
  models.clear();
  pictures.clear();
};
