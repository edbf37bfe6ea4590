import { DimensionTabs, useSelectedDimension } from '../../components/DimensionTabs';
import { useLanguage, useT } from '../../i18n/i18n-context';
import { useWorkshop } from '../../session/session-context';
import { dimensionName } from '../summary/lookups';
import { DimensionSwotPanel } from './DimensionSwotPanel';
import './swot.css';

/** SWOT & TOWS: a SWOT board per dimension, and TOWS strategies built by picking its factors. */
export const SwotWorksheet = () => {
  const t = useT();
  const { language } = useLanguage();
  const w = useWorkshop();
  const dimensions = w.dimensionSet.dimensions;
  const [selectedId, select] = useSelectedDimension('swot', dimensions.map((d) => d.id));
  const tabs = dimensions.map((d) => {
    const factors = w.swotItems.filter((s) => s.dimensionId === d.id).length;
    const strategies = w.towsStrategies.filter((s) => s.dimensionId === d.id).length;
    return { id: d.id, label: dimensionName(w, d.id, language), count: factors, countLabel: t('swot.tabCount', { factors, strategies }) };
  });
  return (
    <DimensionTabs label={t('swot.dimensions')} tabs={tabs} selectedId={selectedId} onSelect={select}>
      {/* Keyed by dimension so half-typed text is saved and cleared when the room moves on. */}
      <DimensionSwotPanel key={selectedId} dimensionId={selectedId} />
    </DimensionTabs>
  );
};
