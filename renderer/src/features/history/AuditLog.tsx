import { useState } from 'react';
import { useApi } from '../../api/api-context';
import { formatDateTime } from '../../i18n/format';
import { useLanguage, useT } from '../../i18n/i18n-context';
import { useWorkshop } from '../../session/session-context';
import { describeEntry } from '../../../../shared/commands';
import { wordLogChange } from './word-change';
import { useLoaded } from './use-loaded';

const PAGE = 25;

/** "Jejak perubahan": the latest logged changes, who made them and when, newest first. */
export const AuditLog = () => {
  const t = useT();
  const api = useApi();
  const { language } = useLanguage();
  const workshop = useWorkshop();
  const [limit, setLimit] = useState(PAGE);
  // Loaded again whenever the workshop moves on (an edit, a restore, a participant's change).
  const { state } = useLoaded(() => api['workshop.log']({ workshopId: workshop.id, limit }), `${workshop.id}/${workshop.revision}/${limit}`);
  const opdName = (opdId: string | null): string | null => {
    if (opdId === null) return null;
    const opd = workshop.opds.find((o) => o.id === opdId);
    return opd ? opd.abbreviation || opd.name : null;
  };
  const entries = state.kind === 'ready' ? [...state.value.entries].sort((a, b) => b.seq - a.seq) : [];

  return (
    <section className="card audit-log" aria-labelledby="audit-log-heading">
      <div className="card-heading-row">
        <h2 id="audit-log-heading" className="card-title">
          {t('history.log.title')}
        </h2>
        <p className="audit-log-lead">{t('history.log.lead')}</p>
      </div>
      {state.kind === 'loading' ? (
        <p className="loading" role="status">
          {t('history.log.loading')}
        </p>
      ) : null}
      {state.kind === 'failed' ? (
        <p className="form-error" role="alert">
          {t('history.log.failed', { message: state.message })}
        </p>
      ) : null}
      {state.kind === 'ready' && entries.length === 0 ? <p className="empty-note">{t('history.log.empty')}</p> : null}
      {entries.length > 0 ? (
        <div className="table-scroll audit-log-scroll">
          <table className="data-table audit-log-table">
            <thead>
              <tr>
                <th scope="col">{t('history.log.when')}</th>
                <th scope="col">{t('history.log.who')}</th>
                <th scope="col">{t('history.log.what')}</th>
                <th scope="col" className="num">
                  {t('history.log.revision')}
                </th>
              </tr>
            </thead>
            <tbody>
              {entries.map((entry) => {
                const opd = opdName(entry.actor.opdId);
                return (
                  <tr key={entry.seq}>
                    <td className="audit-when">
                      <time dateTime={entry.at}>{formatDateTime(entry.at, language)}</time>
                    </td>
                    <td className="audit-who">
                      {entry.actor.name}
                      {opd ? <span className="audit-opd"> · {opd}</span> : null}
                    </td>
                    <td>
                      {entry.kind === 'undo' ? <span className="chip chip-amber">{t('history.log.undo')}</span> : null}
                      {entry.kind === 'redo' ? <span className="chip">{t('history.log.redo')}</span> : null}
                      {wordLogChange(t, describeEntry(entry, workshop))}
                    </td>
                    <td className="num">{entry.revision}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      ) : null}
      {state.kind === 'ready' && state.value.entries.length >= limit && limit < 1000 ? (
        <button type="button" className="btn btn-secondary btn-small audit-log-more" onClick={() => setLimit((n) => Math.min(1000, n + PAGE * 4))}>
          {t('history.log.more')}
        </button>
      ) : null}
    </section>
  );
};
