import { useParticipantT } from '../i18n/participant-catalogue';
import type { Draft } from './drafts';
import { useOutboxSnapshot } from './outbox-context';

/** Says plainly that an item has text not yet on the facilitator's computer (while offline), or why it cannot be saved. */
export const DraftNote = ({ draft }: { draft: Draft }) => {
  const t = useParticipantT();
  const { status } = useOutboxSnapshot();
  if (draft.state.kind === 'refused') return <span className="p-draft is-refused">{t('participant.draft.refused', { message: draft.state.message })}</span>;
  if (draft.state.kind === 'conflict') return <span className="p-draft is-conflict">{t('participant.conflict.title')}</span>;
  return status === 'offline' ? <span className="p-draft">{t('participant.draft.waiting')}</span> : null;
};
