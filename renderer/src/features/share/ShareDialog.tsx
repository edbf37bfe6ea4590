import { useCallback, useEffect, useState } from 'react';
import type { ShareParticipant, ShareStatus } from '../../../../shared/contract';
import { useApi } from '../../api/api-context';
import { Dialog } from '../../components/Dialog';
import { formatClock } from '../../i18n/format';
import { useLanguage, useT } from '../../i18n/i18n-context';
import { useAction } from './use-action';
import './share.css';

interface Props {
  workshopId: string;
  onClose(): void;
  /** Told of every status read, so the top bar shows whether this workshop is shared. */
  onStatus(status: ShareStatus): void;
}

/** Who is connected changes without the facilitator doing anything: read again this often while the dialog is open. */
const REFRESH_MS = 3_000;

const readable = (code: string): string => (code.length === 6 ? `${code.slice(0, 3)}-${code.slice(3)}` : code);
/** The QR code is SVG markup made by our own services; shown as an image, never inserted as HTML. */
const qrImage = (svg: string): string => `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;

const isPresent = (p: ShareParticipant): boolean => p.connected && !p.revoked;
/** Who is in the room first (80 phones and rejoins make a long list), then who left, then revoked; otherwise in joining order. */
const byPresence = (list: ShareParticipant[]): ShareParticipant[] => {
  const rank = (p: ShareParticipant) => (isPresent(p) ? 0 : p.revoked ? 2 : 1);
  return [...list].sort((a, b) => rank(a) - rank(b));
};

/** "Bagikan di jaringan lokal": start and stop, the address, QR and join code for the projector, and who is connected. */
export const ShareDialog = ({ workshopId, onClose, onStatus }: Props) => {
  const t = useT();
  const { language } = useLanguage();
  const api = useApi();
  const [status, setStatus] = useState<ShareStatus | null>(null);
  const [participants, setParticipants] = useState<ShareParticipant[]>([]);
  const { error, busy, act } = useAction();

  const show = useCallback(
    (next: ShareStatus) => {
      setStatus(next);
      onStatus(next);
    },
    [onStatus],
  );

  const refresh = useCallback(async () => {
    const [next, list] = await Promise.all([api['share.status']({}), api['share.participants']({})]);
    show(next);
    setParticipants(list.participants);
  }, [api, show]);

  useEffect(() => {
    let live = true;
    const tick = () => {
      if (live) refresh().catch(() => undefined);
    };
    tick();
    const timer = window.setInterval(tick, REFRESH_MS);
    return () => {
      live = false;
      window.clearInterval(timer);
    };
  }, [refresh]);

  const sharingThis = status?.active === true && status.workshopId === workshopId;
  const sharingOther = status?.active === true && status.workshopId !== workshopId;
  const start = () => act(async () => show(await api['share.start']({ workshopId })));
  const stop = () =>
    act(async () => {
      show(await api['share.stop']({}));
      setParticipants([]);
    });
  const renew = () => act(async () => show(await api['share.renewCode']({})));
  const revoke = (participant: ShareParticipant) =>
    act(async () => {
      setParticipants((await api['share.revoke']({ participantId: participant.id })).participants);
      await refresh();
    });

  return (
    <Dialog
      title={t('share.title')}
      description={t('share.lead')}
      onClose={onClose}
      actions={
        <>
          {status?.active ? (
            <button type="button" className="btn btn-danger" disabled={busy} aria-describedby="share-stop-hint" onClick={() => void stop()}>
              {t('share.stop')}
            </button>
          ) : (
            <button type="button" className="btn btn-primary" disabled={busy || status === null} onClick={() => void start()}>
              {busy ? t('share.starting') : t('share.start')}
            </button>
          )}
          <button type="button" className="btn btn-secondary" onClick={onClose}>
            {t('share.close')}
          </button>
        </>
      }
    >
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
      {status?.active ? null : <p className="notice notice-warning">{t('share.warning')}</p>}
      {sharingOther ? <p className="notice notice-info">{t('share.otherWorkshop', { title: status.workshopTitle ?? '' })}</p> : null}
      {sharingThis ? (
        <>
          <div className="share-board">
            <div className="share-facts">
              <h3 className="field-label">{t('share.address')}</h3>
              <ul className="share-urls">
                {status.urls.map((url) => (
                  <li key={url} className="share-url">
                    {url}
                  </li>
                ))}
              </ul>
              <h3 className="field-label">{t('share.code')}</h3>
              <p className="share-code" aria-live="polite" data-code={status.code ?? ''}>
                {readable(status.code ?? '')}
              </p>
              {status.codeExpiresAt ? <p className="muted">{t('share.codeExpires', { time: formatClock(status.codeExpiresAt, language) })}</p> : null}
              <button type="button" className="btn btn-secondary btn-small" disabled={busy} aria-describedby="share-renew-hint" onClick={() => void renew()}>
                {t('share.renew')}
              </button>
              <p id="share-renew-hint" className="field-hint">
                {t('share.renewHint')}
              </p>
            </div>
            {status.qrSvg ? <img className="share-qr" src={qrImage(status.qrSvg)} alt={t('share.qr')} /> : null}
          </div>
          <section aria-labelledby="share-participants">
            <h3 id="share-participants" className="block-title">
              {t('share.participants', { count: status.participantCount, cap: status.participantCap })}
              {participants.length > 0 ? <span className="share-connected-count"> · {t('share.connectedCount', { count: participants.filter(isPresent).length })}</span> : null}
            </h3>
            {participants.length === 0 ? (
              <p className="empty-note">{t('share.noParticipants')}</p>
            ) : (
              <ul className="share-participants">
                {byPresence(participants).map((p) => (
                  <li key={p.id} className={p.revoked ? 'is-revoked' : undefined}>
                    <span className={`share-dot${p.connected && !p.revoked ? ' is-connected' : ''}`} aria-hidden="true" />
                    <span className="row-title">{p.name}</span>
                    <span className="muted">{p.scope.kind === 'group' ? t('share.participantGroup', { name: p.groupName }) : p.opdName}</span>
                    <span className="badge badge-muted">{p.revoked ? t('share.revoked') : p.connected ? t('share.connected') : t('share.notConnected')}</span>
                    {p.revoked ? null : (
                      <button type="button" className="btn btn-small btn-danger-quiet" aria-label={t('share.revokeLabel', { name: p.name })} disabled={busy} onClick={() => void revoke(p)}>
                        {t('share.revoke')}
                      </button>
                    )}
                  </li>
                ))}
              </ul>
            )}
          </section>
        </>
      ) : null}
      {status?.active ? (
        <p id="share-stop-hint" className="field-hint">
          {t('share.stopHint')}
        </p>
      ) : null}
    </Dialog>
  );
};
