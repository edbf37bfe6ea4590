import type { TouchKey } from '../../../shared/commands';
import type { NarrativeSection, Program } from '../../../shared/model';
import { EditConflictError } from '../store/conflicts';

/** What made a participant's save stale: the item itself changed, or another item of their OPD did. */
export type StaleCause = 'item' | 'colleague';

const reasonFor = (cause: StaleCause, item: NarrativeSection | Program | null): 'share.staleDeleted' | 'share.staleItem' | 'share.staleColleague' =>
  !item ? 'share.staleDeleted' : cause === 'item' ? 'share.staleItem' : 'share.staleColleague';

/**
 * A participant's save was based on a revision their OPD's part has moved on from: 409, with the
 * stored version of the item and the current revision, so the participant can see it and merge.
 * The same body as everyone's edit conflict (store/conflicts.ts), with the participants' code and wording.
 */
export class StaleItemError extends EditConflictError {
  declare readonly current: EditConflictError['current'] & { item: NarrativeSection | Program | null };
  constructor(revision: number, item: NarrativeSection | Program | null, cause: StaleCause, detail: { target?: string | null; keys?: TouchKey[]; yours?: unknown } = {}) {
    super({ revision, item, cause, target: detail.target ?? null, keys: detail.keys ?? [], yours: detail.yours ?? null }, 'stale_revision', { reason: reasonFor(cause, item), field: 'baseRevision' });
  }
}
