import { SwotQuadrantSchema } from '../../../../shared/model';
import { useT } from '../../i18n/i18n-context';
import { SwotQuadrantCard } from './SwotQuadrantCard';
import type { DimensionSwot } from './use-dimension-swot';

/** The 2×2 SWOT board of one dimension: internal factors on top, external below. */
export const SwotBoard = ({ swot, dimensionName }: { swot: DimensionSwot; dimensionName: string }) => {
  const t = useT();
  const headingId = `swot-board-${swot.dimensionId}`;
  return (
    <section className="card swot-board" aria-labelledby={headingId}>
      <h2 id={headingId} className="card-title">
        {t('swot.board.title', { dimension: dimensionName })}
      </h2>
      <p className="card-lead">{t('swot.board.lead')}</p>
      <div className="swot-board-grid">
        {SwotQuadrantSchema.options.map((quadrant) => (
          <SwotQuadrantCard key={quadrant} quadrant={quadrant} swot={swot} />
        ))}
      </div>
    </section>
  );
};
