import { Icon } from '../../components/Icon';
import { useT } from '../../i18n/i18n-context';
import { useSession, useSessionSnapshot } from '../../session/session-context';

/** Tersimpan / Menyimpan… / Gagal menyimpan, read out by screen readers when it changes. */
export const SaveIndicator = () => {
  const t = useT();
  const session = useSession();
  const { save, readOnly } = useSessionSnapshot();
  if (readOnly) {
    return (
      <div className="save-indicator is-readonly" role="status">
        <Icon name="alert" />
        <span>{t('save.readOnly')}</span>
      </div>
    );
  }
  return (
    <div className={`save-indicator is-${save.kind}`} data-save-state={save.kind}>
      <span role="status" className="save-indicator-text">
        {save.kind === 'saved' ? (
          <>
            <Icon name="check" />
            <span>{t('save.saved')}</span>
          </>
        ) : null}
        {save.kind === 'saving' ? (
          <>
            <Icon name="spinner" className="spin" />
            <span>{t('save.saving')}</span>
          </>
        ) : null}
        {save.kind === 'error' ? (
          <>
            <Icon name="alert" />
            <span>{t('save.failed', { message: save.message })}</span>
          </>
        ) : null}
      </span>
      {save.kind === 'error' ? (
        <button type="button" className="btn btn-small btn-danger" onClick={() => session.retry()}>
          {t('common.retry')}
        </button>
      ) : null}
    </div>
  );
};
