import { swotFactorLabels } from '../../../../shared/logic/tows';
import { SwotQuadrantSchema } from '../../../../shared/model';
import { DimensionTabs, useSelectedDimension } from '../../components/DimensionTabs';
import { useLanguage, useT } from '../../i18n/i18n-context';
import { useSessionSnapshot, useWorkshop } from '../../session/session-context';
import { dimensionName } from '../summary/lookups';
import { useState } from 'react';
import { Icon } from '../../components/Icon';
import { MergeCardsDialog } from '../room/MergeCardsDialog';
import { RoomBar } from '../room/RoomBar';
import { DimensionSwotPanel } from './DimensionSwotPanel';
import './swot.css';

/** SWOT & TOWS: a SWOT board per dimension, and TOWS strategies built by picking its factors. */
export const SwotWorksheet = () => {
  const t = useT();
  const { language } = useLanguage();
  const w = useWorkshop();
  const dimensions = w.dimensionSet.dimensions;
  const [selectedId, select] = useSelectedDimension('swot', dimensions.map((d) => d.id));
  const [merging, setMerging] = useState(false);
  const { readOnly } = useSessionSnapshot();
  const tabs = dimensions.map((d) => {
    const factors = w.swotItems.filter((s) => s.dimensionId === d.id).length;
    const strategies = w.towsStrategies.filter((s) => s.dimensionId === d.id).length;
    return { id: d.id, label: dimensionName(w, d.id, language), count: factors, countLabel: t('swot.tabCount', { factors, strategies }) };
  });
  // Numbered as on the board and in Word (S1, S2, W1 …; a hidden factor is not counted).
  const labels = swotFactorLabels(w.swotItems, selectedId);
  const candidates = SwotQuadrantSchema.options.flatMap((quadrant) =>
    w.swotItems
      .filter((s) => s.dimensionId === selectedId && s.quadrant === quadrant)
      .map((s) => ({ id: s.id, label: labels.get(s.id) ?? quadrant, text: s.text, groupId: s.groupId, hidden: s.hidden })),
  );
  return (
    <div className="swot-worksheet">
      <RoomBar worksheet="swot" dimensionId={selectedId}>
        <button type="button" className="btn btn-small btn-secondary" aria-haspopup="dialog" disabled={readOnly} onClick={() => setMerging(true)}>
          <Icon name="merge" />
          {t('room.merge.open')}
        </button>
      </RoomBar>
      {merging ? <MergeCardsDialog card="swotItem" candidates={candidates} onClose={() => setMerging(false)} /> : null}
      <DimensionTabs label={t('swot.dimensions')} tabs={tabs} selectedId={selectedId} onSelect={select}>
        {/* Keyed by dimension so half-typed text is saved and cleared when the room moves on. */}
        <DimensionSwotPanel key={selectedId} dimensionId={selectedId} />
      </DimensionTabs>
    </div>
  );
};
