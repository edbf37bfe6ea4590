import type { PlanHorizon, RegionProfile } from '../../../../shared/model';
import { PlanHorizonFields } from '../../forms/PlanHorizonFields';
import { useT } from '../../i18n/i18n-context';
import { useRegionCommands } from './use-region-commands';

/** Horizon rencana: when the masterplan starts and whether it runs 5 or 10 years. */
export const PlanHorizonSection = ({ horizon, region }: { horizon: PlanHorizon; region: RegionProfile }) => {
  const t = useT();
  const { setHorizon } = useRegionCommands();
  return (
    <section className="card form-card" aria-labelledby="horizon-heading">
      <h2 id="horizon-heading" className="card-title">
        {t('profile.section.horizon')}
      </h2>
      <p className="card-lead">{t('profile.section.horizon.lead')}</p>
      <PlanHorizonFields horizon={horizon} region={region} setHorizon={setHorizon} radioName="horizon-years" />
    </section>
  );
};
