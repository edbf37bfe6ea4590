import { useId, useState } from 'react';
import { Icon } from '../../components/Icon';
import { useT } from '../../i18n/i18n-context';
import { LOGO_TYPES, readLogoFile } from './read-logo';
import type { CommitOutcome } from '../../forms/use-committed-draft';

interface Props {
  logo: string | null;
  regionName: string;
  commit(logo: string | null): CommitOutcome;
  disabled?: boolean;
}

/** Logo daerah for the cover page: PNG, JPEG or SVG, previewed here, removable. */
export const LogoField = ({ logo, regionName, commit, disabled }: Props) => {
  const t = useT();
  const inputId = useId();
  const messageId = `${inputId}-message`;
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const choose = async (file: File | undefined) => {
    if (!file) return;
    setBusy(true);
    const read = await readLogoFile(file);
    setBusy(false);
    if (!read.ok) {
      setMessage(read.reason === 'invalid' ? read.message : t(`profile.logo.error.${read.reason}`));
      return;
    }
    const outcome = commit(read.dataUrl);
    setMessage(outcome.ok ? null : outcome.message);
  };

  return (
    <div className="field logo-field">
      <span className="field-label" id={`${inputId}-label`}>
        {t('profile.logo')}
      </span>
      <p className="field-hint">{t('profile.logo.hint')}</p>
      <div className="logo-body">
        <div className="logo-preview">
          {logo ? <img src={logo} alt={t('profile.logo.alt', { region: regionName || t('region.unnamed') })} /> : <span className="logo-empty">{t('profile.logo.none')}</span>}
        </div>
        <div className="logo-actions">
          <label className={`btn btn-secondary file-button${disabled ? ' is-disabled' : ''}`} htmlFor={inputId}>
            <Icon name="upload" />
            <span>{busy ? t('common.working') : logo ? t('profile.logo.replace') : t('profile.logo.upload')}</span>
          </label>
          <input
            id={inputId}
            type="file"
            className="visually-hidden-file"
            accept={LOGO_TYPES.join(',')}
            disabled={disabled}
            aria-describedby={message ? messageId : undefined}
            onChange={(e) => {
              void choose(e.target.files?.[0]);
              e.target.value = '';
            }}
          />
          {logo ? (
            <button
              type="button"
              className="btn btn-danger-quiet"
              disabled={disabled}
              onClick={() => {
                const outcome = commit(null);
                setMessage(outcome.ok ? null : outcome.message);
              }}
            >
              <Icon name="trash" />
              <span>{t('profile.logo.remove')}</span>
            </button>
          ) : null}
        </div>
      </div>
      <p className={`field-message${message ? ' is-error' : ''}`} id={messageId} aria-live="polite">
        {message}
      </p>
    </div>
  );
};
