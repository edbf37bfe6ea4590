import { useMemo } from 'react';
import { z } from 'zod';
import { programsOutsidePlan, roadmapPhases } from '../../../../shared/logic/roadmap-rows';
import { programHorizon, rpjmdHorizonWarning } from '../../../../shared/logic';
import { YearSchema, planEndYear, type Workshop } from '../../../../shared/model';
import { Field } from '../../components/Field';
import { Icon } from '../../components/Icon';
import { TextCommitField } from '../../forms/TextCommitField';
import { readYear } from '../../forms/read-values';
import { useCommittedDraft } from '../../forms/use-committed-draft';
import { useT } from '../../i18n/i18n-context';
import { useRoadmapCommands } from './use-roadmap-commands';

const LENGTHS = [5, 10] as const;
const sameYear = (a: number, b: number) => a === b;
const yearSpan = (start: number, end: number) => (start === end ? String(start) : `${start}–${end}`);

/** Horizon rencana (editable here as on the profile) and the phases derived from it, with the room's own names. */
export const HorizonCard = ({ workshop }: { workshop: Workshop }) => {
  const t = useT();
  const { setHorizon, updateRoadmap } = useRoadmapCommands();
  const { horizon, region, roadmap, programs } = workshop;
  const startYear = useCommittedDraft({
    stored: horizon.startYear,
    toText: String,
    read: readYear(YearSchema, { notANumber: t('form.notAYear'), required: t('profile.horizon.startRequired') }),
    equals: sameYear,
    commit: (year) => setHorizon({ ...horizon, startYear: year }),
  });
  const labelSchema = useMemo(() => z.string().trim().min(1, t('roadmap.phases.labelRequired')).max(80, t('roadmap.phases.labelTooLong')), [t]);
  const end = planEndYear(horizon);
  const phases = roadmapPhases(horizon, roadmap.phaseLabels);
  const rpjmd = region.rpjmdPeriod;
  const mismatch = rpjmd !== null && rpjmdHorizonWarning(region, horizon) !== null;
  const outside = programsOutsidePlan(programs, horizon);

  return (
    <section className="card form-card" aria-labelledby="roadmap-horizon-heading">
      <h2 id="roadmap-horizon-heading" className="card-title">
        {t('roadmap.horizon.title')}
      </h2>
      <p className="card-lead">{t('roadmap.horizon.lead')}</p>
      <div className="form-grid form-grid-3">
        <Field label={t('profile.horizon.start')} error={startYear.message} className="field-year">
          {({ inputId, describedBy, invalid }) => (
            <input
              id={inputId}
              className="input input-year"
              inputMode="numeric"
              autoComplete="off"
              maxLength={4}
              value={startYear.text}
              aria-describedby={describedBy}
              aria-invalid={invalid}
              onChange={(e) => startYear.change(e.target.value)}
              onBlur={startYear.blur}
              onKeyDown={(e) => {
                if (e.key === 'Enter') startYear.flush();
              }}
            />
          )}
        </Field>
        <fieldset className="fieldset field">
          <legend className="field-label">{t('profile.horizon.length')}</legend>
          <div className="radio-row">
            {LENGTHS.map((years) => (
              <label key={years} className="radio">
                <input type="radio" name="roadmap-horizon-years" value={years} checked={horizon.years === years} onChange={() => setHorizon({ ...horizon, years })} />
                <span>{t('profile.horizon.years', { years })}</span>
              </label>
            ))}
          </div>
        </fieldset>
        <div className="field">
          <span className="field-label">{t('profile.horizon.range')}</span>
          <p className="horizon-range" aria-live="polite">
            {horizon.startYear}–{end}
          </p>
        </div>
      </div>

      {mismatch ? (
        <div className="notice notice-warning roadmap-notice" role="status">
          <Icon name="alert" />
          <p>{t('profile.horizon.mismatch', { planStart: horizon.startYear, planEnd: end, rpjmdStart: rpjmd.startYear, rpjmdEnd: rpjmd.endYear })}</p>
        </div>
      ) : null}
      {rpjmd === null ? <p className="field-hint roadmap-notice">{t('roadmap.horizon.noRpjmd')}</p> : null}
      {outside.length > 0 ? (
        <div className="notice notice-warning roadmap-notice" role="status">
          <Icon name="alert" />
          <p>{t('roadmap.horizon.outside', { count: outside.length, start: horizon.startYear, end, codes: outside.map((p) => p.code).join(', ') })}</p>
        </div>
      ) : null}

      <h3 className="block-title roadmap-phases-title">{t('roadmap.phases.caption')}</h3>
      <ol className="roadmap-phases">
        {phases.map((phase) => {
          const count = programs.filter((p) => p.years.length > 0 && programHorizon(p, horizon) === phase.bucket).length;
          return (
            <li key={phase.bucket} className={`roadmap-phase bucket-${phase.bucket}`}>
              <p className="roadmap-phase-meta">
                <span className="roadmap-phase-bucket">{t(`horizon.${phase.bucket}`)}</span>
                <span className="roadmap-phase-years">{yearSpan(phase.startYear, phase.endYear)}</span>
                <span className="muted">{t('roadmap.dimension.programCount', { count })}</span>
              </p>
              <TextCommitField
                label={t('roadmap.phases.labelFor', { bucket: t(`horizon.${phase.bucket}`).toLowerCase() })}
                stored={roadmap.phaseLabels[phase.bucket]}
                schema={labelSchema}
                maxLength={100}
                commit={(label) => updateRoadmap((r) => ({ ...r, phaseLabels: { ...r.phaseLabels, [phase.bucket]: label } }))}
              />
            </li>
          );
        })}
      </ol>
    </section>
  );
};
