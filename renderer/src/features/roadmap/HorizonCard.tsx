import { useMemo } from 'react';
import { z } from 'zod';
import { programsOutsidePlan, roadmapPhases } from '../../../../shared/logic/roadmap-rows';
import { programHorizon } from '../../../../shared/logic';
import { planEndYear, type Workshop } from '../../../../shared/model';
import { Icon } from '../../components/Icon';
import { TextCommitField } from '../../forms/TextCommitField';
import { PlanHorizonFields } from '../../forms/PlanHorizonFields';
import { useT } from '../../i18n/i18n-context';
import { useRoadmapCommands } from './use-roadmap-commands';

const yearSpan = (start: number, end: number) => (start === end ? String(start) : `${start}–${end}`);

/** Horizon rencana (editable here as on the profile) and the phases derived from it, with the room's own names. */
export const HorizonCard = ({ workshop }: { workshop: Workshop }) => {
  const t = useT();
  const { setHorizon, setPhaseLabel } = useRoadmapCommands();
  const { horizon, region, roadmap, programs } = workshop;
  const labelSchema = useMemo(() => z.string().trim().min(1, t('roadmap.phases.labelRequired')).max(80, t('roadmap.phases.labelTooLong')), [t]);
  const end = planEndYear(horizon);
  const phases = roadmapPhases(horizon, roadmap.phaseLabels);
  const rpjmd = region.rpjmdPeriod;
  const outside = programsOutsidePlan(programs, horizon);

  return (
    <section className="card form-card" aria-labelledby="roadmap-horizon-heading">
      <h2 id="roadmap-horizon-heading" className="card-title">
        {t('roadmap.horizon.title')}
      </h2>
      <p className="card-lead">{t('roadmap.horizon.lead')}</p>
      <PlanHorizonFields horizon={horizon} region={region} setHorizon={setHorizon} radioName="roadmap-horizon-years" noticeClassName="roadmap-notice" />
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
                commit={(label) => setPhaseLabel(phase.bucket, label)}
              />
            </li>
          );
        })}
      </ol>
    </section>
  );
};
