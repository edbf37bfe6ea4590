import { useId, useMemo, useState } from 'react';
import { Icon } from '../../components/Icon';
import { useToast } from '../../components/Toasts';
import { useT } from '../../i18n/i18n-context';
import { useSessionSnapshot, useWorkshop } from '../../session/session-context';
import { MappingRow } from './MappingRow';
import { PasteImport } from './PasteImport';
import { useMappingCommands } from './use-mapping-commands';
import '../programs/programs.css';
import './rpjmd-mapping.css';

const ALL = '';

/** Pemetaan RPJMD/Renstra (Tahap II): existing programmes per OPD, typed in or pasted from a spreadsheet. */
export const RpjmdMappingWorksheet = () => {
  const t = useT();
  const toast = useToast();
  const w = useWorkshop();
  const { readOnly } = useSessionSnapshot();
  const commands = useMappingCommands();
  const programListId = useId();
  const [opdFilter, setOpdFilter] = useState(ALL);
  const { rpjmdMappings, opds, programs } = w;
  const counts = useMemo(() => {
    const byOpd = new Map<string, number>();
    for (const m of rpjmdMappings) if (m.opdId) byOpd.set(m.opdId, (byOpd.get(m.opdId) ?? 0) + 1);
    return byOpd;
  }, [rpjmdMappings]);
  const rows = useMemo(
    () => rpjmdMappings.map((mapping, index) => ({ mapping, number: index + 1 })).filter(({ mapping }) => opdFilter === ALL || mapping.opdId === opdFilter),
    [rpjmdMappings, opdFilter],
  );
  const sortedPrograms = useMemo(() => [...programs].sort((a, b) => a.code.localeCompare(b.code, 'id', { numeric: true })), [programs]);

  const add = () => {
    const mapping = commands.add(opdFilter === ALL ? null : opdFilter);
    if (!mapping) return;
    toast({ tone: 'info', message: t('rpjmd-mapping.added') });
    // The new row is the last one: focus its first field so typing can start at once.
    requestAnimationFrame(() => document.querySelector<HTMLElement>('.mapping-table tbody tr:last-child select')?.focus());
  };

  return (
    <>
      <section className="card mapping-card" aria-labelledby="mapping-title">
        <div className="card-heading-row">
          <h2 id="mapping-title" className="card-title">
            {t('rpjmd-mapping.title')}
          </h2>
          <button type="button" className="btn btn-primary" disabled={readOnly} onClick={add}>
            <Icon name="plus" />
            <span>{t('rpjmd-mapping.add')}</span>
          </button>
        </div>
        <p className="card-lead">{t('rpjmd-mapping.lead')}</p>
        <div className="mapping-toolbar">
          <label className="filter-label" htmlFor="mapping-opd-filter">
            {t('rpjmd-mapping.filterOpd')}
          </label>
          <select id="mapping-opd-filter" className="input filter-input" value={opdFilter} onChange={(e) => setOpdFilter(e.target.value)}>
            <option value={ALL}>{t('rpjmd-mapping.allOpds', { count: rpjmdMappings.length })}</option>
            {opds.map((o) => (
              <option key={o.id} value={o.id}>
                {t('rpjmd-mapping.opdCount', { opd: o.abbreviation, count: counts.get(o.id) ?? 0 })}
              </option>
            ))}
          </select>
        </div>
        <datalist id={programListId}>
          {sortedPrograms.map((p) => (
            <option key={p.id} value={`${p.code} · ${p.name}`} />
          ))}
        </datalist>
        {rows.length === 0 ? (
          <p className="empty-note">{rpjmdMappings.length === 0 ? t('rpjmd-mapping.empty') : t('rpjmd-mapping.emptyOpd')}</p>
        ) : (
          <fieldset className="worksheet-form" disabled={readOnly}>
            <legend className="visually-hidden">{t('rpjmd-mapping.title')}</legend>
            <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="mapping-title">
              <table className="data-table mapping-table">
                <caption className="visually-hidden">{t('rpjmd-mapping.title')}</caption>
                <colgroup>
                  <col className="col-opd" />
                  <col />
                  <col />
                  <col />
                  <col />
                  <col className="col-actions" />
                </colgroup>
                <thead>
                  <tr>
                    <th scope="col">
                      {t('mapping.opd')} · {t('mapping.program')}
                    </th>
                    <th scope="col">{t('mapping.rpjmd')}</th>
                    <th scope="col">{t('mapping.renstra')}</th>
                    <th scope="col">{t('rpjmd-mapping.kegiatan')}</th>
                    <th scope="col">{t('rpjmd-mapping.subKegiatan')}</th>
                    <th scope="col">
                      <span className="visually-hidden">{t('rpjmd-mapping.actions')}</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map(({ mapping, number }) => (
                    <MappingRow
                      key={mapping.id}
                      mapping={mapping}
                      number={number}
                      opds={opds}
                      programs={programs}
                      programListId={programListId}
                      t={t}
                      update={commands.update}
                      remove={commands.remove}
                    />
                  ))}
                </tbody>
              </table>
            </div>
          </fieldset>
        )}
      </section>
      <PasteImport workshop={w} addAll={commands.addAll} disabled={readOnly} />
    </>
  );
};
