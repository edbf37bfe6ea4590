import { useState } from 'react';
import { bucketOfYear } from '../../../../shared/logic';
import { dimensionRoadmap, roadmapPhases, type RoadmapRow } from '../../../../shared/logic/roadmap-rows';
import { planEndYear, planYears, type Dimension, type Element, type PlanHorizon, type Workshop } from '../../../../shared/model';
import { useLanguage, useT, type Language } from '../../i18n/i18n-context';
import { EmptyNote } from '../summary/SummaryKit';
import { OPEN_GROUPS_UP_TO, useOpenGroups } from './use-open-groups';
import { useRoadmapCommands } from './use-roadmap-commands';

const elementName = (element: Element, language: Language) => (language === 'en' && element.nameEn.trim() !== '' ? element.nameEn : element.nameId);
const inPlan = (year: number, horizon: PlanHorizon) => year >= horizon.startYear && year <= planEndYear(horizon);

interface Props {
  id: string;
  workshop: Workshop;
  dimension: Dimension;
  dimensionLabel: string;
  readOnly: boolean;
}

/**
 * Programs × plan years with the active years marked: the roadmap as a table, and the Gantt chart's text
 * alternative. Grouped per element; each group folds like the per-term view's dimensions (closed by default
 * when the dimension holds more than OPEN_GROUPS_UP_TO programs, remembered per workshop on this computer).
 */
export const RoadmapTable = ({ id, workshop, dimension, dimensionLabel, readOnly }: Props) => {
  const t = useT();
  const { language } = useLanguage();
  const { updateProgram } = useRoadmapCommands();
  const [editing, setEditing] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);
  const { horizon } = workshop;
  const years = planYears(horizon);
  const phases = roadmapPhases(horizon, workshop.roadmap.phaseLabels);
  const groups = dimensionRoadmap(dimension, workshop.programs, horizon);
  const programCount = groups.reduce((sum, g) => sum + g.rows.length, 0);
  const { isOpen, setOpen } = useOpenGroups(`roadmap-table.${workshop.id}.${dimension.id}`, programCount <= OPEN_GROUPS_UP_TO);
  const groupIds = groups.map((g) => g.element.id);
  const allOpen = groupIds.every(isOpen);
  const columnCount = 2 + years.length;
  const captionId = `${id}-caption`;

  if (groups.every((g) => g.rows.length === 0)) return <EmptyNote>{t('roadmap.table.noPrograms')}</EmptyNote>;

  const toggle = (row: RoadmapRow, year: number, on: boolean) => {
    const outcome = updateProgram(row.program.id, (p) => ({ ...p, years: on ? [...p.years, year] : p.years.filter((y) => y !== year) }));
    setRefusal(outcome.ok ? null : `${row.program.code}: ${outcome.message}`);
  };

  const dropOutside = (row: RoadmapRow) => {
    const outcome = updateProgram(row.program.id, (p) => ({ ...p, years: p.years.filter((y) => inPlan(y, horizon)), budget: p.budget.filter((b) => inPlan(b.year, horizon)) }));
    setRefusal(outcome.ok ? null : `${row.program.code}: ${outcome.message}`);
  };

  const cell = (row: RoadmapRow, year: number) => {
    const active = row.years.includes(year);
    const className = `roadmap-cell bucket-${bucketOfYear(year, horizon)}${active ? ' is-active' : ''}`;
    if (editing && !readOnly) {
      return (
        <td key={year} className={className}>
          <input
            type="checkbox"
            className="roadmap-check"
            checked={active}
            aria-label={t('roadmap.table.toggle', { program: `${row.program.code} ${row.program.name}`, year })}
            onChange={(e) => toggle(row, year, e.target.checked)}
          />
        </td>
      );
    }
    return (
      <td key={year} className={className}>
        {active ? <span className="visually-hidden">{t('roadmap.table.active')}</span> : null}
      </td>
    );
  };

  return (
    <div className="roadmap-table-block">
      <div className="roadmap-table-tools">
        <p className="field-hint">{editing && !readOnly ? t('roadmap.table.editHint') : t('roadmap.table.legend')}</p>
        <button type="button" className="btn btn-secondary btn-small" onClick={() => setOpen(groupIds, !allOpen)}>
          {allOpen ? t('roadmap.table.closeAll') : t('roadmap.table.openAll')}
        </button>
        {readOnly ? null : (
          <button type="button" className="btn btn-secondary btn-small" aria-pressed={editing} onClick={() => setEditing((e) => !e)}>
            {editing ? t('roadmap.table.editDone') : t('roadmap.table.edit')}
          </button>
        )}
      </div>
      <div className="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
        <table id={id} className="data-table roadmap-table">
          <caption id={captionId} className="visually-hidden">
            {t('roadmap.table.caption', { dimension: dimensionLabel })}
          </caption>
          <colgroup span={2} />
          {phases.map((phase) => (
            <colgroup key={phase.bucket} span={phase.years.length} />
          ))}
          <thead>
            <tr>
              <td colSpan={2} />
              {phases.map((phase) => (
                <th key={phase.bucket} scope="colgroup" colSpan={phase.years.length} className={`roadmap-phase-head bucket-${phase.bucket}`}>
                  {phase.label}
                </th>
              ))}
            </tr>
            <tr>
              <th scope="col" className="num">
                {t('roadmap.table.number')}
              </th>
              <th scope="col">{t('roadmap.table.program')}</th>
              {years.map((year) => (
                <th key={year} scope="col" className={`roadmap-year bucket-${bucketOfYear(year, horizon)}`}>
                  {year}
                </th>
              ))}
            </tr>
          </thead>
          {groups.map((group) => {
            const open = isOpen(group.element.id);
            return (
            <tbody key={group.element.id} className={open ? 'is-open' : undefined}>
              <tr className="roadmap-element-row">
                <th scope="rowgroup" colSpan={columnCount}>
                  <button type="button" className="roadmap-group-toggle" aria-expanded={open} onClick={() => setOpen([group.element.id], !open)}>
                    <span className="roadmap-group-chevron" aria-hidden="true">
                      {open ? '▾' : '▸'}
                    </span>
                    <span className="roadmap-group-name">{elementName(group.element, language)}</span>{' '}
                    <span className="roadmap-group-count">{t('roadmap.dimension.programCount', { count: group.rows.length })}</span>
                  </button>
                </th>
              </tr>
              {!open ? null : group.rows.length === 0 ? (
                <tr>
                  <td colSpan={columnCount} className="muted">
                    {t('roadmap.table.noProgramsInElement')}
                  </td>
                </tr>
              ) : null}
              {!open ? null : group.rows.map((row) => {
                const outside = [...new Set([...row.outside, ...row.program.budget.map((b) => b.year).filter((y) => !inPlan(y, horizon))])].sort((a, b) => a - b).join(', ');
                return (
                <tr key={row.program.id}>
                  <td className="num">{row.number}</td>
                  <th scope="row" className="row-title roadmap-program">
                    <span className="code">{row.program.code}</span> {row.program.name}
                    {row.years.length === 0 ? <span className="row-detail">{t('roadmap.table.unscheduled')}</span> : null}
                    {outside !== '' ? (
                      <span className="row-detail roadmap-outside">
                        {t('roadmap.table.outside', { years: outside })}
                        {editing && !readOnly ? (
                          <button
                            type="button"
                            className="btn btn-danger-quiet btn-small"
                            aria-label={t('roadmap.table.dropOutsideOf', { years: outside, program: row.program.code })}
                            onClick={() => dropOutside(row)}
                          >
                            {t('roadmap.table.dropOutside', { years: outside })}
                          </button>
                        ) : null}
                      </span>
                    ) : null}
                  </th>
                  {years.map((year) => cell(row, year))}
                </tr>
                );
              })}
            </tbody>
            );
          })}
        </table>
      </div>
      <p className="field-message is-error" role="alert">
        {refusal}
      </p>
    </div>
  );
};
