import { useT } from '../../i18n/i18n-context';
import { useSessionSnapshot, useWorkshop } from '../../session/session-context';
import { BucketOverview } from './BucketOverview';
import { DimensionRoadmaps } from './DimensionRoadmaps';
import { HorizonCard } from './HorizonCard';
import './roadmap.css';

/**
 * Peta Jalan (Tahap III): the plan's years and phases, the programs per term, and a roadmap per dimension.
 * A read-only workshop disables the editing controls only: dimension tabs and "save picture" keep working.
 */
export const RoadmapWorksheet = () => {
  const t = useT();
  const workshop = useWorkshop();
  const { readOnly } = useSessionSnapshot();
  return (
    <div className="worksheet-form roadmap-worksheet">
      <fieldset className="worksheet-form" disabled={readOnly}>
        <legend className="visually-hidden">{t('roadmap.formLegend')}</legend>
        <HorizonCard workshop={workshop} />
      </fieldset>
      <DimensionRoadmaps workshop={workshop} readOnly={readOnly} />
      <BucketOverview workshop={workshop} />
    </div>
  );
};
