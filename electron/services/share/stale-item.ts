import type { TouchKey } from '../../../shared/commands';
import type { NarrativeSection, Program } from '../../../shared/model';
import { EditConflictError } from '../store/conflicts';

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
 * The same body as everyone's edit conflict (store/conflicts.ts), with the participants' code and wording.
 */
export class StaleItemError extends EditConflictError {
  declare readonly current: EditConflictError['current'] & { item: NarrativeSection | Program | null };
  constructor(revision: number, item: NarrativeSection | Program | null, cause: StaleCause, detail: { target?: string | null; keys?: TouchKey[]; yours?: unknown } = {}) {
    super({ revision, item, cause, target: detail.target ?? null, keys: detail.keys ?? [], yours: detail.yours ?? null }, 'stale_revision', messageFor(cause, item));
  }
}
