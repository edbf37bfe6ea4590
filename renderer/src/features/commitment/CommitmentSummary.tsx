import { formatTanggal } from '../../../../shared/logic';
import { useT } from '../../i18n/i18n-context';
import { useWorkshop } from '../../session/session-context';
import { EmptyNote, OpdName, ReadOnlyBadge, SummaryCard } from '../summary/SummaryKit';

/** Lembar komitmen: where and when it is signed, the joint statement, and each OPD's line. */
export const CommitmentSummary = () => {
  const t = useT();
  const w = useWorkshop();
  const c = w.commitment;
  return (
    <>
      <SummaryCard id="commitment-details" title={t('commitment.details')} actions={<ReadOnlyBadge />}>
        <dl className="detail-list">
          <div>
            <dt>{t('commitment.place')}</dt>
            <dd>{c.place || '–'}</dd>
          </div>
          <div>
            <dt>{t('commitment.date')}</dt>
            <dd>{c.date ? formatTanggal(c.date) : '–'}</dd>
          </div>
        </dl>
        {c.statement ? <blockquote className="vision-statement">{c.statement}</blockquote> : <EmptyNote>{t('commitment.noStatement')}</EmptyNote>}
      </SummaryCard>
      <SummaryCard id="commitment-entries" title={t('commitment.entries', { count: c.entries.length })}>
        {c.entries.length === 0 ? (
          <EmptyNote>{t('commitment.empty')}</EmptyNote>
        ) : (
          <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="commitment-entries">
            <table className="data-table data-table-text">
              <thead>
                <tr>
                  <th scope="col">{t('commitment.official')}</th>
                  <th scope="col">{t('mapping.opd')}</th>
                  <th scope="col">{t('commitment.commitment')}</th>
                </tr>
              </thead>
              <tbody>
                {c.entries.map((e) => (
                  <tr key={e.id}>
                    <th scope="row" className="row-title">
                      {e.headName || '–'}
                      {e.headTitle ? <span className="row-detail">{e.headTitle}</span> : null}
                    </th>
                    <td>{e.opdId ? <OpdName workshop={w} opdId={e.opdId} /> : '–'}</td>
                    <td>{e.commitment || '–'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </SummaryCard>
    </>
  );
};
