import { Icon } from '../../components/Icon';
import { useT } from '../../i18n/i18n-context';
import { useSession, useSessionSnapshot } from '../../session/session-context';

export const UndoRedoButtons = () => {
  const t = useT();
  const session = useSession();
  const { canUndo, canRedo } = useSessionSnapshot();
  return (
    <div className="toolbar-group" role="group" aria-label={t('undo.group')}>
      <button type="button" className="btn btn-toolbar" disabled={!canUndo} onClick={() => session.undo()} aria-keyshortcuts="Control+Z" title={t('undo.undoHint')}>
        <Icon name="undo" />
        <span>{t('undo.undo')}</span>
      </button>
      <button type="button" className="btn btn-toolbar" disabled={!canRedo} onClick={() => session.redo()} aria-keyshortcuts="Control+Y Control+Shift+Z" title={t('undo.redoHint')}>
        <Icon name="redo" />
        <span>{t('undo.redo')}</span>
      </button>
    </div>
  );
};
