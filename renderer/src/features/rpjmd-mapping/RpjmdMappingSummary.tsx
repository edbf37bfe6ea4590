import { useT } from '../../i18n/i18n-context';
import { useWorkshop } from '../../session/session-context';
import { programOf } from '../summary/lookups';
import { EmptyNote, OpdName, ReadOnlyBadge, SummaryCard } from '../summary/SummaryKit';

/** Pemetaan RPJMD/Renstra: existing programs per OPD and the smart-city program each feeds. */
export const RpjmdMappingSummary = () => {
  const t = useT();
  const w = useWorkshop();
  return (
    <SummaryCard id="mapping-table" title={t('mapping.table', { count: w.rpjmdMappings.length })} actions={<ReadOnlyBadge />}>
      {w.rpjmdMappings.length === 0 ? (
        <EmptyNote>{t('mapping.empty')}</EmptyNote>
      ) : (
        <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="mapping-table">
          <table className="data-table data-table-text">
            <thead>
              <tr>
                <th scope="col">{t('mapping.opd')}</th>
                <th scope="col">{t('mapping.rpjmd')}</th>
                <th scope="col">{t('mapping.renstra')}</th>
                <th scope="col">{t('mapping.kegiatan')}</th>
                <th scope="col">{t('mapping.program')}</th>
              </tr>
            </thead>
            <tbody>
              {w.rpjmdMappings.map((m) => {
                const program = programOf(w, m.programId);
                return (
                  <tr key={m.id}>
                    <td>
                      <OpdName workshop={w} opdId={m.opdId} />
                    </td>
                    <td>{m.rpjmdProgram || '–'}</td>
                    <td>{m.renstraProgram || '–'}</td>
                    <td>
                      {m.kegiatan || '–'}
                      {m.subKegiatan ? <span className="row-detail">{m.subKegiatan}</span> : null}
                    </td>
                    <td>{program ? <span title={program.name}>{program.code}</span> : <span className="muted">{t('mapping.unlinked')}</span>}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </SummaryCard>
  );
};
