import { useMemo, useState } from 'react';
import { InnovationTypeSchema, type Program } from '../../../../shared/model';
import { useT } from '../../i18n/i18n-context';
import { useSessionSnapshot, useWorkshop } from '../../session/session-context';
import { StatTiles, SummaryCard } from '../summary/SummaryKit';
import { useProgramLookups } from '../programs/program-lookups';
import { useProgramCommands } from '../programs/use-program-commands';
import { InnovationRow } from './InnovationRow';
import '../programs/programs.css';
import './innovation.css';

/** Rows shown at first per dimension; a long matrix shows the rest on request. */
const FIRST_ROWS = 40;

const isComplete = (p: Program) => p.innovationType !== null && p.innovationDescription.trim() !== '';

/** Inovasi per program (Tahap III): kind and description of each program's innovation, by dimension. */
export const InnovationWorksheet = () => {
  const t = useT();
  const w = useWorkshop();
  const { readOnly } = useSessionSnapshot();
  const lookups = useProgramLookups(w);
  const { update } = useProgramCommands();
  // The programs incomplete when the facilitator asked for them: a row stays while it is being filled in.
  const [onlyMissing, setOnlyMissing] = useState<ReadonlySet<string> | null>(null);
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const { programs, dimensionSet } = w;
  const groups = useMemo(
    () => dimensionSet.dimensions.map((d) => ({ dimension: d, all: programs.filter((p) => p.dimensionId === d.id) })),
    [programs, dimensionSet],
  );
  const stats = [
    ...InnovationTypeSchema.options.map((type) => ({ label: t(`innovation.${type}`), value: programs.filter((p) => p.innovationType === type).length })),
    { label: t('innovation.none'), value: programs.filter((p) => p.innovationType === null).length },
  ];

  if (programs.length === 0) return <p className="empty-note">{t('innovation.emptyStart')}</p>;

  return (
    <>
      <SummaryCard id="innovation-stats" className="innovation-stats" title={t('innovation.perType')}>
        <StatTiles label={t('innovation.perType')} stats={stats} />
      </SummaryCard>
      <section className="card innovation-card" aria-labelledby="innovation-title">
        <div className="card-heading-row">
          <h2 id="innovation-title" className="card-title">
            {t('innovation.table')}
          </h2>
          <label className="checkbox-option">
            <input
              type="checkbox"
              className="checkbox"
              checked={onlyMissing !== null}
              onChange={(e) => setOnlyMissing(e.target.checked ? new Set(programs.filter((p) => !isComplete(p)).map((p) => p.id)) : null)}
            />
            <span>{t('innovation.onlyMissing')}</span>
          </label>
        </div>
        <p className="card-lead">{t('innovation.lead')}</p>
        <fieldset className="worksheet-form innovation-groups" disabled={readOnly}>
          <legend className="visually-hidden">{t('innovation.table')}</legend>
          {groups.map(({ dimension, all }) => {
            const missing = all.filter((p) => !isComplete(p)).length;
            const listed = onlyMissing ? all.filter((p) => onlyMissing.has(p.id)) : all;
            const shown = expanded.has(dimension.id) ? listed : listed.slice(0, FIRST_ROWS);
            const headingId = `innovation-${dimension.id}`;
            return (
              <section key={dimension.id} className="innovation-dimension" aria-labelledby={headingId}>
                <h3 id={headingId} className="block-title">
                  {lookups.dimension(dimension.id)} <span className="count">· {t('innovation.dimensionCount', { count: all.length })}</span>
                  {missing > 0 ? <span className="chip chip-amber">{t('innovation.dimensionMissing', { count: missing })}</span> : null}
                </h3>
                {all.length === 0 ? (
                  <p className="muted">{t('innovation.noPrograms')}</p>
                ) : listed.length === 0 ? (
                  <p className="muted">{t('innovation.allComplete')}</p>
                ) : (
                  <div className="table-scroll">
                    <table className="data-table innovation-table" aria-labelledby={headingId}>
                      <colgroup>
                        <col className="col-code" />
                        <col className="col-name" />
                        <col className="col-type" />
                        <col />
                      </colgroup>
                      <thead>
                        <tr>
                          <th scope="col">{t('programs.code')}</th>
                          <th scope="col">{t('innovation.program')}</th>
                          <th scope="col">{t('innovation.type')}</th>
                          <th scope="col">{t('innovation.description')}</th>
                        </tr>
                      </thead>
                      <tbody>
                        {shown.map((p) => (
                          <InnovationRow key={p.id} program={p} leadOpd={lookups.opdShort(p.leadOpdId)} t={t} update={update} />
                        ))}
                      </tbody>
                    </table>
                  </div>
                )}
                {shown.length < listed.length ? (
                  <button type="button" className="btn btn-secondary btn-small show-all" onClick={() => setExpanded((s) => new Set([...s, dimension.id]))}>
                    {t('innovation.showAll', { remaining: listed.length - shown.length })}
                  </button>
                ) : null}
              </section>
            );
          })}
        </fieldset>
      </section>
    </>
  );
};
