import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { budgetTotals, programBudgetTotal } from '../../../../../shared/logic/budget-totals';
import { formatRupiahShort } from '../../../../../shared/logic/rupiah';
import type { Workshop } from '../../../../../shared/model';
import { useLanguage, useT } from '../../../i18n/i18n-context';
import { localName, roomy } from '../stage-text';

/** Names shown per dimension card when every dimension is on the screen; the rest are counted. */
const NAMES_PER_CARD = 8;
/** Fewer when long names wrap, so the six cards still fit one screen; never fewer than this. */
const MIN_NAMES_PER_CARD = 3;
/** Programs shown when one dimension is chosen (two columns). */
const NAMES_FILTERED = 20;

/**
 * The summary of every dimension is one screen: with 800 programs, names that wrap over two lines
 * pushed the second row of cards off it. One name fewer per card until the cards fit (before the
 * screen is painted), counted in '+N program lagi'; again from the top when the screen or the
 * programs change.
 */
const useNamesThatFit = (content: string, active: boolean) => {
  const ref = useRef<HTMLDivElement>(null);
  const [screen, setScreen] = useState(() => `${window.innerWidth}x${window.innerHeight}`);
  useEffect(() => {
    const onResize = () => setScreen(`${window.innerWidth}x${window.innerHeight}`);
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, []);
  const key = `${content}|${screen}`;
  const [fit, setFit] = useState({ key, names: NAMES_PER_CARD });
  const names = fit.key === key ? fit.names : NAMES_PER_CARD;
  useLayoutEffect(() => {
    const body = ref.current?.closest('.panggung-body');
    if (!active || !body || names <= MIN_NAMES_PER_CARD) return;
    if (body.scrollHeight > body.clientHeight + 1) setFit({ key, names: names - 1 });
  });
  return { ref, names };
};

interface Props {
  workshop: Workshop;
  /** The dimension the room looks at, or null for all; keys 0–9 or the buttons change it. */
  filter: string | null;
  onFilter(dimensionId: string | null): void;
}

/** The program matrix summarised per dimension: how many programs, their budget, and their names. */
export const ProgramsView = ({ workshop, filter, onFilter }: Props) => {
  const t = useT();
  const { language } = useLanguage();
  const dimensions = workshop.dimensionSet.dimensions;
  const totals = budgetTotals(workshop.programs, workshop);
  const chosen = dimensions.find((d) => d.id === filter) ?? null;
  const shown = chosen ? [chosen] : dimensions;
  const { ref, names } = useNamesThatFit(`${chosen?.id ?? ''}|${workshop.programs.length}`, chosen === null);
  return (
    <div className={`panggung-programs${chosen ? ' is-filtered' : ''}`} ref={ref}>
      <div className="panggung-programs-bar">
        <p className="panggung-figures">
          {chosen
            ? t('stage.programs.overall', { count: totals.perDimension.find((d) => d.dimensionId === chosen.id)?.programCount ?? 0, amount: formatRupiahShort(totals.perDimension.find((d) => d.dimensionId === chosen.id)?.amount ?? 0, language) })
            : t('stage.programs.overall', { count: totals.programCount, amount: formatRupiahShort(totals.total, language) })}
        </p>
        <div className="panggung-filter" role="group" aria-label={t('stage.programs.filter', { max: Math.min(9, dimensions.length) })}>
          <button type="button" aria-pressed={chosen === null} aria-keyshortcuts="0" onClick={() => onFilter(null)}>
            {t('stage.programs.all')}
          </button>
          {dimensions.map((d, i) => (
            <button key={d.id} type="button" aria-pressed={chosen?.id === d.id} aria-keyshortcuts={i < 9 ? String(i + 1) : undefined} title={localName(d, language)} onClick={() => onFilter(d.id)}>
              {d.code}
            </button>
          ))}
        </div>
      </div>
      <div className="panggung-program-grid">
        {shown.map((dimension) => {
          const programs = workshop.programs.filter((p) => p.dimensionId === dimension.id).sort((a, b) => a.code.localeCompare(b.code));
          const total = totals.perDimension.find((d) => d.dimensionId === dimension.id);
          const limit = chosen ? NAMES_FILTERED : names;
          return (
            <section key={dimension.id} className={`panggung-card panggung-program-card${chosen ? roomy(programs.length, 8) : ''}`} aria-labelledby={`panggung-programs-${dimension.id}`}>
              <h2 id={`panggung-programs-${dimension.id}`} className="panggung-card-title">
                {localName(dimension, language)}
              </h2>
              <p className="panggung-program-sum">
                <strong>{t('stage.programs.count', { count: programs.length })}</strong>
                <span>{formatRupiahShort(total?.amount ?? 0, language)}</span>
              </p>
              {programs.length === 0 ? (
                <p className="panggung-muted">{t('stage.programs.none')}</p>
              ) : (
                <ul className="panggung-program-names">
                  {programs.slice(0, limit).map((program) => (
                    <li key={program.id} className="panggung-program-name">
                      {chosen ? <span className="panggung-code">{program.code}</span> : null}
                      <span className="panggung-program-label">{program.name}</span>
                      {chosen ? <span className="panggung-amount">{formatRupiahShort(programBudgetTotal(program), language)}</span> : null}
                    </li>
                  ))}
                </ul>
              )}
              {programs.length > limit ? <p className="panggung-muted">{t('stage.programs.more', { count: programs.length - limit })}</p> : null}
            </section>
          );
        })}
      </div>
    </div>
  );
};
