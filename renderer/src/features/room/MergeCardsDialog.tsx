import { useId, useState } from 'react';
import { Dialog } from '../../components/Dialog';
import { FormDialogActions } from '../../components/FormDialogActions';
import { FormError } from '../../components/FormError';
import { useT } from '../../i18n/i18n-context';
import { GroupChip } from './GroupChip';
import { useRoomCommands } from './use-room-commands';

export interface MergeCandidate {
  id: string;
  /** Its short label on the worksheet ("P2", "S3"). */
  label: string;
  text: string;
  groupId?: string | null | undefined;
  hidden?: boolean | undefined;
}

interface Props {
  card: 'issue' | 'swotItem';
  /** The cards of one dimension (merged cards must share it). */
  candidates: readonly MergeCandidate[];
  onClose(): void;
}

/**
 * "Gabungkan duplikat": tick the cards that say the same thing, choose the one to keep; the others
 * go, and whatever pointed at them (programs, proposals, TOWS strategies) points at the kept one.
 */
export const MergeCardsDialog = ({ card, candidates, onClose }: Props) => {
  const t = useT();
  const { mergeCards } = useRoomCommands();
  const [selected, setSelected] = useState<string[]>([]);
  const [keepId, setKeepId] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const keepName = useId();

  const toggle = (id: string, on: boolean) => {
    setError(null);
    const next = on ? [...selected, id] : selected.filter((x) => x !== id);
    setSelected(next);
    if (keepId === null || !next.includes(keepId)) setKeepId(next[0] ?? null);
  };

  const submit = () => {
    const keep = keepId !== null && selected.includes(keepId) ? keepId : selected[0];
    if (selected.length < 2 || keep === undefined) {
      setError(t('room.merge.needTwo'));
      return;
    }
    const outcome = mergeCards(card, keep, selected.filter((id) => id !== keep));
    if (outcome.ok) onClose();
    else setError(outcome.message);
  };

  return (
    <Dialog
      title={t('room.merge.title')}
      description={t('room.merge.description')}
      onClose={onClose}
      onSubmit={submit}
      actions={<FormDialogActions submitLabel={t('room.merge.submit', { count: selected.length })} onCancel={onClose} />}
    >
      {candidates.length < 2 ? (
        <p className="empty-note">{t('room.merge.tooFew')}</p>
      ) : (
        <table className="data-table merge-table">
          <caption className="visually-hidden">{t('room.merge.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('room.merge.colPick')}</th>
              <th scope="col">{t('room.merge.colKeep')}</th>
              <th scope="col">{t('room.merge.colCard')}</th>
            </tr>
          </thead>
          <tbody>
            {candidates.map((c) => {
              const picked = selected.includes(c.id);
              return (
                <tr key={c.id} className={picked ? 'is-picked' : undefined}>
                  <td>
                    <input type="checkbox" checked={picked} aria-label={t('room.merge.pick', { label: c.label })} onChange={(e) => toggle(c.id, e.target.checked)} />
                  </td>
                  <td>
                    <input type="radio" name={keepName} checked={picked && keepId === c.id} disabled={!picked} aria-label={t('room.merge.keep', { label: c.label })} onChange={() => setKeepId(c.id)} />
                  </td>
                  <td>
                    <span className="merge-card-label">{c.label}</span> {c.text} <GroupChip groupId={c.groupId} />
                    {c.hidden ? <span className="chip chip-amber">{t('room.card.hiddenChip')}</span> : null}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <FormError message={error} />
    </Dialog>
  );
};
