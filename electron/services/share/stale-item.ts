import { AppError } from '../../../shared/commands';
import type { NarrativeSection, Program } from '../../../shared/model';

/** What made a participant's save stale: the item itself changed, or another item of their OPD did. */
export type StaleCause = 'item' | 'colleague';

const messageFor = (cause: StaleCause, item: NarrativeSection | Program | null): string => {
  if (!item) return 'Item ini sudah dihapus oleh fasilitator sejak Anda membukanya.';
  if (cause === 'item') return 'Bagian ini sudah diubah orang lain sejak Anda membukanya. Versi terbaru ditampilkan; salin tulisan Anda ke dalamnya lalu simpan lagi.';
  return 'Rekan dari OPD Anda baru saja menyimpan perubahan yang belum tampil di halaman Anda. Muat versi terbaru, lalu simpan lagi.';
};

/**
 * A participant's save was based on a revision their OPD's part has moved on from: 409, with the
 * stored version of the item and the current revision, so the participant can see it and merge.
 */
export class StaleItemError extends AppError {
  readonly current: { revision: number; item: NarrativeSection | Program | null; cause: StaleCause };
  constructor(revision: number, item: NarrativeSection | Program | null, cause: StaleCause) {
    super('stale_revision', messageFor(cause, item), 'baseRevision');
    this.current = { revision, item, cause };
  }
}
