import { useEffect, useState } from 'react';
import type { LegacyImportOffer } from '../../../../shared/contract';
import { messageOf } from '../../api/api-error';
import { useApi } from '../../api/api-context';
import { Icon } from '../../components/Icon';
import { useToast } from '../../components/Toasts';
import { useT } from '../../i18n/i18n-context';

interface Props {
  /** After workshops were copied in (the list is reloaded). */
  onImported(): void;
}

const SHOWN_TITLES = 3;

/**
 * One data folder (issue 15): workshops made in browser mode before it shared the desktop's folder
 * are offered once. "Salin ke sini" copies them (the old folder is only read), "Batal" stops after
 * the workshop being copied, "Jangan impor" dismisses the offer for good.
 */
export const LegacyImportBanner = ({ onImported }: Props) => {
  const t = useT();
  const api = useApi();
  const toast = useToast();
  const [offer, setOffer] = useState<LegacyImportOffer | null>(null);
  const [busy, setBusy] = useState<'import' | 'dismiss' | null>(null);

  useEffect(() => {
    let live = true;
    api['dataImport.offer']({})
      .then((answer) => {
        if (live) setOffer(answer.offer);
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [api]);

  if (!offer) return null;
  const count = offer.workshops.length;
  const titles = offer.workshops.slice(0, SHOWN_TITLES).map((w) => `«${w.title}»`).join(', ');
  const more = count > SHOWN_TITLES ? t('home.legacyImport.more', { count: count - SHOWN_TITLES }) : '';

  const importAll = async () => {
    setBusy('import');
    try {
      const result = await api['dataImport.run']({});
      const imported = result.imported.length;
      toast({ tone: 'success', message: result.cancelled ? t('home.legacyImport.cancelled', { count: imported }) : t('home.legacyImport.done', { count: imported }) });
      setOffer(result.cancelled ? ((await api['dataImport.offer']({})).offer ?? null) : null);
      onImported();
    } catch (error) {
      toast({ tone: 'error', message: messageOf(error) });
      setOffer((await api['dataImport.offer']({}).catch(() => ({ offer }))).offer);
      onImported();
    } finally {
      setBusy(null);
    }
  };

  const dismiss = async () => {
    setBusy('dismiss');
    try {
      await api['dataImport.dismiss']({});
      setOffer(null);
    } catch (error) {
      toast({ tone: 'error', message: messageOf(error) });
    } finally {
      setBusy(null);
    }
  };

  return (
    <section className="notice notice-info legacy-import" aria-labelledby="legacy-import-heading">
      <Icon name="info" />
      <div>
        <h2 id="legacy-import-heading" className="card-title">
          {t('home.legacyImport.title', { count })}
        </h2>
        <p>
          {t('home.legacyImport.body', { count, titles: `${titles}${more}` })} <code className="legacy-import-path">{offer.from}</code>
        </p>
        <p className="field-hint">{t('home.legacyImport.keep')}</p>
        <div className="legacy-import-actions">
          <button type="button" className="btn btn-primary" disabled={busy !== null} onClick={() => void importAll()}>
            <Icon name="copy" />
            <span>{busy === 'import' ? t('home.legacyImport.copying') : t('home.legacyImport.copy', { count })}</span>
          </button>
          {busy === 'import' ? (
            <button type="button" className="btn btn-secondary" onClick={() => void api['dataImport.cancel']({}).catch(() => undefined)}>
              {t('common.cancel')}
            </button>
          ) : (
            <button type="button" className="btn btn-secondary" disabled={busy !== null} onClick={() => void dismiss()}>
              {t('home.legacyImport.dismiss')}
            </button>
          )}
        </div>
      </div>
    </section>
  );
};
