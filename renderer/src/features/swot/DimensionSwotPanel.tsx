import { useLanguage } from '../../i18n/i18n-context';
import { useSessionSnapshot, useWorkshop } from '../../session/session-context';
import { dimensionName } from '../summary/lookups';
import { ReadinessSuggestions } from './ReadinessSuggestions';
import { SwotBoard } from './SwotBoard';
import { TowsMatrix } from './TowsMatrix';
import { useDimensionSwot } from './use-dimension-swot';

/** Everything the room does for one dimension: the board, what readiness suggests for it, and the strategies. */
export const DimensionSwotPanel = ({ dimensionId }: { dimensionId: string }) => {
  const { language } = useLanguage();
  const w = useWorkshop();
  const { readOnly } = useSessionSnapshot();
  const swot = useDimensionSwot(dimensionId);
  const name = dimensionName(w, dimensionId, language);
  return (
    <fieldset className="swot-panel" disabled={readOnly}>
      <legend className="visually-hidden">{name}</legend>
      <SwotBoard swot={swot} dimensionName={name} />
      <ReadinessSuggestions swot={swot} />
      <TowsMatrix swot={swot} dimensionName={name} />
    </fieldset>
  );
};
