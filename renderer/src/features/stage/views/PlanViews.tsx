import { dimensionRoadmap, roadmapPhases } from '../../../../../shared/logic/roadmap-rows';
import { formatTanggal } from '../../../../../shared/logic/rupiah';
import type { Dimension, Workshop } from '../../../../../shared/model';
import { useLanguage, useT, type Language } from '../../../i18n/i18n-context';
import { localName, roomy } from '../stage-text';

/** One dimension's roadmap: programs down, plan years across, a bar in each year a program runs. */
export const RoadmapView = ({ workshop, dimension }: { workshop: Workshop; dimension: Dimension }) => {
  const t = useT();
  const { language } = useLanguage();
  const groups = dimensionRoadmap(dimension, workshop.programs, workshop.horizon).filter((g) => g.rows.length > 0);
  const phases = roadmapPhases(workshop.horizon, workshop.roadmap.phaseLabels);
  const years = phases.flatMap((p) => p.years);
  if (groups.length === 0) return <p className="panggung-empty">{t('stage.roadmap.none')}</p>;
  return (
    <table className="panggung-roadmap">
      <colgroup>
        <col className="panggung-roadmap-name" />
        {years.map((year) => (
          <col key={year} />
        ))}
      </colgroup>
      <thead>
        <tr>
          <td />
          {phases.map((phase) => (
            <th key={phase.bucket} scope="colgroup" colSpan={phase.years.length} className={`panggung-phase is-${phase.bucket}`}>
              {phase.label}
            </th>
          ))}
        </tr>
        <tr>
          <th scope="col">{t('stage.roadmap.program')}</th>
          {years.map((year) => (
            <th key={year} scope="col" className="panggung-year">
              {String(year).slice(2)}
              <span className="visually-hidden">{String(year).slice(0, 2)}</span>
            </th>
          ))}
        </tr>
      </thead>
      {groups.map((group) => (
        <tbody key={group.element.id}>
          <tr className="panggung-roadmap-element">
            <th scope="colgroup" colSpan={years.length + 1}>
              {localName(group.element, language)}
            </th>
          </tr>
          {group.rows.map((row) => (
            <tr key={row.program.id}>
              <th scope="row">
                <span className="panggung-roadmap-number">{row.number}.</span> {row.program.name}
              </th>
              {years.map((year, i) => {
                const on = row.years.includes(year);
                const before = on && row.years.includes(year - 1);
                const after = on && row.years.includes(year + 1);
                return (
                  <td key={year} className={`panggung-roadmap-cell${i > 0 && years[i - 1] !== undefined && phases.some((p) => p.startYear === year) ? ' is-phase-start' : ''}`}>
                    {on ? <span className={`panggung-bar${before ? ' joins-before' : ''}${after ? ' joins-after' : ''}`} title={String(year)} /> : null}
                    {on ? <span className="visually-hidden">{year}</span> : null}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      ))}
    </table>
  );
};

/** "17 Agustus 2026" in Indonesian, "17 August 2026" in English (a date-only value, read as written). */
const signingDate = (date: string, language: Language): string =>
  language === 'en' && /^\d{4}-\d{2}-\d{2}$/.test(date)
    ? new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`))
    : formatTanggal(date);

/** 'Kepala Bappeda' already names Bappeda: the abbreviation after it would only repeat it. */
const mentions = (title: string, abbreviation: string): boolean => abbreviation.trim() === '' || title.toLowerCase().includes(abbreviation.trim().toLowerCase());

/** The commitment sheet: who signs for which OPD, and whether each line is ready for a signature. */
export const CommitmentView = ({ workshop }: { workshop: Workshop }) => {
  const t = useT();
  const { language } = useLanguage();
  const { commitment } = workshop;
  const opds = new Map(workshop.opds.map((o) => [o.id, o]));
  const named = commitment.entries.filter((e) => e.headName.trim() !== '').length;
  return (
    <div className={`panggung-commitment${roomy(commitment.entries.length, 12)}`}>
      <p className="panggung-figures">
        {commitment.date && commitment.place.trim() ? t('stage.commitment.signing', { place: commitment.place, date: signingDate(commitment.date, language) }) : t('stage.commitment.noDate')}
        {commitment.entries.length > 0 ? <span className="panggung-muted"> · {t('stage.commitment.signatories', { named, count: commitment.entries.length })}</span> : null}
      </p>
      {commitment.entries.length === 0 ? (
        <p className="panggung-empty">{t('stage.commitment.none')}</p>
      ) : (
        <ol className="panggung-signatories">
          {commitment.entries.map((entry) => {
            const opd = entry.opdId ? opds.get(entry.opdId) : undefined;
            const ready = entry.headName.trim() !== '';
            return (
              <li key={entry.id} className={ready ? 'is-named' : 'is-missing'}>
                <span className="panggung-sign-mark" aria-hidden="true">
                  {ready ? '✓' : '!'}
                </span>
                <span className="panggung-sign-text">
                  <strong>{entry.headTitle.trim() || opd?.name || '—'}</strong>
                  {opd && entry.headTitle.trim() && !mentions(entry.headTitle, opd.abbreviation) ? <span className="panggung-muted"> · {opd.abbreviation}</span> : null}
                  <br />
                  {ready ? entry.headName : <span className="panggung-warning">{t('stage.commitment.nameMissing')}</span>}
                  <span className="visually-hidden"> · {ready ? t('stage.commitment.named') : t('stage.commitment.nameMissing')}</span>
                </span>
              </li>
            );
          })}
        </ol>
      )}
    </div>
  );
};
