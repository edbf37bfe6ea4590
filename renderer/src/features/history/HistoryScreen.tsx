import { useEffect, useRef, useState } from 'react';
import { useApi } from '../../api/api-context';
import { useT } from '../../i18n/i18n-context';
import { useWorkshop } from '../../session/session-context';
import { AuditLog } from './AuditLog';
import { SnapshotList } from './SnapshotList';
import { SnapshotPreviewPanel } from './SnapshotPreviewPanel';
import { useLoaded } from './use-loaded';
import './history.css';

/** "Riwayat": the workshop's history snapshots with a preview and restore, and the change log. */
export const HistoryScreen = ({ focusOnOpen }: { focusOnOpen: boolean }) => {
  const t = useT();
  const api = useApi();
  const workshop = useWorkshop();
  const heading = useRef<HTMLHeadingElement>(null);
  const [chosenId, setChosenId] = useState<string | null>(null);
  // Snapshots are taken in the background after edits and before a restore: look again as the workshop moves on.
  const { state, reload } = useLoaded(() => api['workshop.history']({ workshopId: workshop.id }), `${workshop.id}/${workshop.revision}`);
  const snapshots = state.kind === 'ready' ? state.value.snapshots : [];
  // Until the user picks one, the newest snapshot is shown.
  const selectedId = chosenId !== null && snapshots.some((s) => s.id === chosenId) ? chosenId : (snapshots[0]?.id ?? null);

  useEffect(() => {
    document.title = `${t('history.title')} · ${workshop.title} · ${t('app.name')}`;
  }, [t, workshop.title]);

  useEffect(() => {
    if (focusOnOpen) heading.current?.focus();
  }, [focusOnOpen]);

  return (
    <article className="worksheet history-page" aria-labelledby="history-heading">
      <header className="worksheet-header">
        <p className="worksheet-stage">{t('history.kicker')}</p>
        <h1 id="history-heading" className="page-title" ref={heading} tabIndex={-1}>
          {t('history.title')}
        </h1>
        <p className="page-lead">{t('history.lead')}</p>
      </header>
      <div className="history-layout">
        <section className="card history-snapshots" aria-labelledby="snapshots-heading">
          <h2 id="snapshots-heading" className="card-title">
            {t('history.snapshots.title')}
          </h2>
          <p className="history-meta">
            {t('history.current', { revision: workshop.revision })}
            {snapshots.length > 0 ? ` · ${t('history.snapshots.count', { count: snapshots.length })}` : ''}
          </p>
          {state.kind === 'loading' ? (
            <p className="loading" role="status">
              {t('history.snapshots.loading')}
            </p>
          ) : null}
          {state.kind === 'failed' ? (
            <p className="form-error" role="alert">
              {t('history.snapshots.failed', { message: state.message })}
            </p>
          ) : null}
          {state.kind === 'ready' && snapshots.length === 0 ? <p className="empty-note">{t('history.snapshots.empty')}</p> : null}
          {snapshots.length > 0 ? <SnapshotList snapshots={snapshots} selectedId={selectedId} onSelect={setChosenId} labelledBy="snapshots-heading" /> : null}
        </section>
        <section className="card history-preview" aria-labelledby="snapshot-preview-heading">
          <h2 id="snapshot-preview-heading" className="card-title">
            {t('history.preview.title')}
          </h2>
          {selectedId ? (
            <SnapshotPreviewPanel
              key={selectedId}
              snapshotId={selectedId}
              onRestored={() => {
                setChosenId(null);
                void reload();
              }}
            />
          ) : (
            <p className="empty-note">{t('history.preview.choose')}</p>
          )}
        </section>
      </div>
      <AuditLog />
    </article>
  );
};
