import { useEffect, useRef } from 'react';
import type { Workshop, WorksheetKey } from '../../../../shared/model';
import type { GroupCollection } from '../drafts/drafts';
import { useOutbox, useOutboxSnapshot } from '../drafts/outbox-context';

const SHEET_COLLECTION: Readonly<Record<WorksheetKey, GroupCollection>> = { isu: 'issue', swot: 'swotItem', kesenjangan: 'gapAnalysis', usulan: 'proposal' };

/**
 * What a group typed while the facilitator had locked a worksheet was refused (403) and kept on the
 * phone; when the facilitator opens the worksheet again, it is sent again by itself.
 */
export const useRetryOnUnlock = (workshop: Workshop | null): void => {
  const outbox = useOutbox();
  const { drafts } = useOutboxSnapshot();
  const draftsRef = useRef(drafts);
  draftsRef.current = drafts;
  const locks = workshop?.room.locks ?? null;
  const previous = useRef(locks);
  useEffect(() => {
    const was = previous.current;
    previous.current = locks;
    if (!was || !locks) return;
    for (const sheet of was.filter((k) => !locks.includes(k))) {
      for (const draft of draftsRef.current) if (draft.collection === SHEET_COLLECTION[sheet] && draft.state.kind === 'refused') outbox.retry(draft.collection, draft.id);
    }
  }, [locks, outbox]);
};
