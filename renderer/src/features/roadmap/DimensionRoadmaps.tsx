import { useState } from 'react';
import type { Workshop } from '../../../../shared/model';
import { useT } from '../../i18n/i18n-context';
import { DimensionPanel } from './DimensionPanel';
import { DimensionTabs, panelId, tabId } from './DimensionTabs';

/** Peta jalan per dimensi (reference §7: one roadmap per dimension), one dimension at a time. */
export const DimensionRoadmaps = ({ workshop, readOnly }: { workshop: Workshop; readOnly: boolean }) => {
  const t = useT();
  const dimensions = workshop.dimensionSet.dimensions;
  const [selectedId, setSelectedId] = useState(() => dimensions[0]?.id ?? '');
  const dimension = dimensions.find((d) => d.id === selectedId) ?? dimensions[0];
  if (!dimension) return null;
  const counts = Object.fromEntries(dimensions.map((d) => [d.id, workshop.programs.filter((p) => p.dimensionId === d.id).length]));
  return (
    <section className="card" aria-labelledby="roadmap-dimensions-heading">
      <h2 id="roadmap-dimensions-heading" className="card-title">
        {t('roadmap.dimensions.title')}
      </h2>
      <p className="card-lead">{t('roadmap.dimensions.lead')}</p>
      <DimensionTabs dimensions={dimensions} selectedId={dimension.id} counts={counts} onSelect={setSelectedId} />
      <div id={panelId} role="tabpanel" className="roadmap-panel" aria-labelledby={tabId(dimension.id)} tabIndex={0}>
        <DimensionPanel key={dimension.id} workshop={workshop} dimension={dimension} readOnly={readOnly} />
      </div>
    </section>
  );
};
