import { RegionProfileSchema } from '../../../../shared/model';
import { TextCommitField } from '../../forms/TextCommitField';
import { useT } from '../../i18n/i18n-context';
import { useSessionSnapshot, useWorkshop } from '../../session/session-context';
import { GovernmentSection } from './GovernmentSection';
import { IdentitySection } from './IdentitySection';
import { MilestonesSection } from './MilestonesSection';
import { PlanHorizonSection } from './PlanHorizonSection';
import { StatisticsSection } from './StatisticsSection';
import { useRegionCommands } from './use-region-commands';
import './region-profile.css';

/** Profil Daerah & Horizon Rencana: who the masterplan is for and which years it covers. */
export const RegionProfileWorksheet = () => {
  const t = useT();
  const workshop = useWorkshop();
  const { readOnly } = useSessionSnapshot();
  const { patchRegion } = useRegionCommands();
  const region = workshop.region;
  return (
    <fieldset className="worksheet-form" disabled={readOnly}>
      <legend className="visually-hidden">{t('profile.formLegend')}</legend>
      <IdentitySection region={region} readOnly={readOnly} />
      <StatisticsSection region={region} />
      <GovernmentSection region={region} />
      <MilestonesSection region={region} readOnly={readOnly} />
      <PlanHorizonSection horizon={workshop.horizon} region={region} />
      <section className="card form-card" aria-labelledby="description-heading">
        <h2 id="description-heading" className="card-title">
          {t('profile.section.description')}
        </h2>
        <TextCommitField
          label={t('profile.description')}
          hint={t('profile.description.hint')}
          stored={region.description}
          schema={RegionProfileSchema.shape.description}
          commit={(description) => patchRegion({ description })}
          multiline
          rows={6}
        />
      </section>
    </fieldset>
  );
};
