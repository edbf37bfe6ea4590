import { Dialog } from './Dialog';
import { useT } from '../i18n/i18n-context';
import './remove-linked-dialog.css';

/** One thing that points at what is about to be removed: its short label (a code, a quadrant) and its text. */
export interface LinkedItem {
  id: string;
  chip: string;
  text: string;
}

interface Props {
  title: string;
  description: string;
  confirmLabel: string;
  /** What points at the item and changes with it; listed under the description when there is any. */
  items?: readonly LinkedItem[];
  onCancel(): void;
  onConfirm(): void;
  /** Start on "Batal" (for a removal that takes more with it than the user may expect). */
  focusCancel?: boolean;
}

/** Asked before removing something others point at: names each of them, "Batal" or the red confirm button. */
export const RemoveLinkedDialog = ({ title, description, confirmLabel, items = [], onCancel, onConfirm, focusCancel = false }: Props) => {
  const t = useT();
  return (
    <Dialog
      title={title}
      description={description}
      tone="danger"
      onClose={onCancel}
      actions={
        <>
          <button type="button" className="btn btn-secondary" autoFocus={focusCancel} onClick={onCancel}>
            {t('common.cancel')}
          </button>
          <button type="button" className="btn btn-danger" onClick={onConfirm}>
            {confirmLabel}
          </button>
        </>
      }
    >
      {items.length > 0 ? (
        <ul className="affected-list">
          {items.map((item) => (
            <li key={item.id}>
              <span className="chip">{item.chip}</span> {item.text}
            </li>
          ))}
        </ul>
      ) : null}
    </Dialog>
  );
};
