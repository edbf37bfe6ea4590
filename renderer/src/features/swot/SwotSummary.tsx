import { SwotQuadrantSchema } from '../../../../shared/model';
import { useLanguage, useT } from '../../i18n/i18n-context';
import { useWorkshop } from '../../session/session-context';
import { dimensionName } from '../summary/lookups';
import { Chip, EmptyNote, ReadOnlyBadge, SummaryCard } from '../summary/SummaryKit';

/** SWOT per dimension and the TOWS strategies crossed from it. */
export const SwotSummary = () => {
  const t = useT();
  const { language } = useLanguage();
  const w = useWorkshop();
  const dimensions = w.dimensionSet.dimensions.filter((d) => w.swotItems.some((s) => s.dimensionId === d.id) || w.towsStrategies.some((s) => s.dimensionId === d.id));
  return (
    <SummaryCard id="swot-list" title={t('swot.perDimension')} actions={<ReadOnlyBadge />}>
      {dimensions.length === 0 ? <EmptyNote>{t('swot.empty')}</EmptyNote> : null}
      {dimensions.map((d) => {
        const strategies = w.towsStrategies.filter((s) => s.dimensionId === d.id);
        return (
          <section key={d.id} className="swot-dimension" aria-labelledby={`swot-${d.id}`}>
            <h3 id={`swot-${d.id}`} className="block-title">
              {dimensionName(w, d.id, language)}
            </h3>
            <div className="swot-grid">
              {SwotQuadrantSchema.options.map((q) => {
                const items = w.swotItems.filter((s) => s.dimensionId === d.id && s.quadrant === q);
                return (
                  <div key={q} className={`swot-quadrant quadrant-${q}`}>
                    <h4 className="quadrant-title">{t(`swot.${q}`)}</h4>
                    {items.length === 0 ? (
                      <p className="muted">–</p>
                    ) : (
                      <ul className="plain-list">
                        {items.map((item) => (
                          <li key={item.id}>{item.text}</li>
                        ))}
                      </ul>
                    )}
                  </div>
                );
              })}
            </div>
            {strategies.length > 0 ? (
              <div className="tows">
                <h4 className="quadrant-title">{t('swot.tows')}</h4>
                <ul className="plain-list">
                  {strategies.map((s) => (
                    <li key={s.id}>
                      <Chip>{s.kind}</Chip> {s.text}
                    </li>
                  ))}
                </ul>
              </div>
            ) : null}
          </section>
        );
      })}
    </SummaryCard>
  );
};
