import { useMemo } from 'react';
import { swotFactorLabels } from '../../../../shared/logic/tows';
import { swotSuggestions, type SwotSuggestion } from '../../../../shared/logic/swot-suggestions';
import { SwotQuadrantSchema } from '../../../../shared/model';
import { useToast } from '../../components/Toasts';
import { Icon } from '../../components/Icon';
import { useT } from '../../i18n/i18n-context';
import { useSession, useWorkshop } from '../../session/session-context';
import type { DimensionSwot } from './use-dimension-swot';
import { useSwotCommands } from './use-swot-commands';
import './readiness-suggestions.css';

/** Readiness items tagged with a SWOT quadrant, offered for copying onto this dimension's board. */
export const ReadinessSuggestions = ({ swot }: { swot: DimensionSwot }) => {
  const t = useT();
  const w = useWorkshop();
  const session = useSession();
  const toast = useToast();
  const { addFactor } = useSwotCommands();
  const suggestions = useMemo(() => swotSuggestions(w.readinessItems, w.swotItems, swot.dimensionId), [w.readinessItems, w.swotItems, swot.dimensionId]);
  const pending = suggestions.filter((s) => !s.onBoard).length;

  const copy = (suggestion: SwotSuggestion) => {
    const outcome = addFactor(swot.dimensionId, suggestion.quadrant, suggestion.text);
    if (!outcome.ok || !outcome.id) {
      if (!outcome.ok) toast({ tone: 'error', message: outcome.message });
      return;
    }
    const label = swotFactorLabels(session.getSnapshot().workshop?.swotItems ?? [], swot.dimensionId).get(outcome.id) ?? suggestion.quadrant;
    toast({ tone: 'success', message: t('swot.suggestions.copied', { label }) });
  };

  return (
    <details className="card swot-suggestions">
      <summary className="swot-suggestions-summary">{t('swot.suggestions.summary', { pending, total: suggestions.length })}</summary>
      <p className="card-lead swot-suggestions-lead">{suggestions.length === 0 ? t('swot.suggestions.empty') : t('swot.suggestions.lead')}</p>
      <div className="swot-suggestion-groups">
        {SwotQuadrantSchema.options.map((quadrant) => {
          const group = suggestions.filter((s) => s.quadrant === quadrant);
          if (group.length === 0) return null;
          return (
            <section key={quadrant} className={`swot-suggestion-group quadrant-${quadrant}`} aria-label={t(`swot.${quadrant}`)}>
              <h3 className="swot-suggestion-title">{t(`swot.${quadrant}`)}</h3>
              <ul className="swot-suggestion-list">
                {group.map((s) => (
                  <li key={s.readinessItemId} className="swot-suggestion">
                    <p className="swot-suggestion-text">
                      {/* The copied text starts with the item's name; the name stands out, the evidence follows. */}
                      <strong>{s.title}</strong>
                      {s.text.startsWith(s.title) ? s.text.slice(s.title.length) : ` ${s.text}`} <span className="muted">· {t(`pillar.${s.pillar}`)}</span>
                    </p>
                    {s.onBoard ? (
                      <span className="badge badge-muted">
                        <Icon name="check" /> {t('swot.suggestions.onBoard')}
                      </span>
                    ) : (
                      <button
                        type="button"
                        className="btn btn-small btn-secondary"
                        aria-label={t('swot.suggestions.copyNamed', { text: s.title, word: t(`swot.word.${quadrant}`) })}
                        onClick={() => copy(s)}
                      >
                        <Icon name="copy" />
                        {t('swot.suggestions.copy', { word: t(`swot.word.${quadrant}`) })}
                      </button>
                    )}
                  </li>
                ))}
              </ul>
            </section>
          );
        })}
      </div>
    </details>
  );
};
