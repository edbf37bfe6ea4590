import { readinessStats, type PillarStats } from '../../../../../shared/logic';
import { TowsKindSchema, SwotQuadrantSchema, type Dimension, type Workshop } from '../../../../../shared/model';
import { useLanguage, useT } from '../../../i18n/i18n-context';
import { roomy } from '../stage-text';
import { cardGroup, visibleCards } from '../../../../../shared/logic/room';
import { gapAnalysisOf } from '../../../../../shared/logic/gap-analyses';
import { localName } from '../stage-text';
import { WithGroupsDone } from './GroupsDone';
import { shortGroupName } from '../../room/group-name';

const formatMean = (mean: number, language: string) => mean.toLocaleString(language === 'en' ? 'en-GB' : 'id-ID', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

const Light = ({ light, big = false }: { light: PillarStats['light'] | 'red' | 'amber' | 'green' | null; big?: boolean }) => (
  <span className={`panggung-light is-${light ?? 'none'}${big ? ' is-big' : ''}`} aria-hidden="true" />
);

/** Readiness per pillar: a traffic light, the mean and the share of ready items, and each item's light. */
export const ReadinessView = ({ workshop }: { workshop: Workshop }) => {
  const t = useT();
  const { language } = useLanguage();
  const stats = readinessStats(workshop.readinessItems);
  return (
    <div className="panggung-pillars" style={{ gridTemplateColumns: `repeat(${stats.length}, minmax(0, 1fr))` }}>
      {stats.map((s) => {
        const items = workshop.readinessItems.filter((i) => i.pillar === s.pillar);
        return (
          <section key={s.pillar} className="panggung-card panggung-pillar" aria-labelledby={`panggung-pillar-${s.pillar}`}>
            <h2 id={`panggung-pillar-${s.pillar}`} className="panggung-card-title">
              {t(`stage.pillar.${s.pillar}`)}
            </h2>
            <p className="panggung-pillar-light">
              <Light light={s.light} big />
              <strong>{t(`stage.light.${s.light ?? 'none'}`)}</strong>
            </p>
            {s.mean !== null && s.percentReady !== null ? (
              <p className="panggung-figures">
                {t('stage.readiness.mean', { mean: formatMean(s.mean, language) })}
                <br />
                {t('stage.readiness.ready', { percent: Math.round(s.percentReady) })}
              </p>
            ) : null}
            <p className="panggung-muted">{t('stage.readiness.scored', { scored: s.scoredCount, count: s.itemCount })}</p>
            {items.length === 0 ? (
              <p className="panggung-muted">{t('stage.readiness.empty')}</p>
            ) : (
              <ul className="panggung-items">
                {items.map((item) => (
                  <li key={item.id}>
                    {/* The score in the light: colour is never the only sign (a red-green blind reader, a washed-out projector). */}
                    <span className={`panggung-light panggung-score is-${item.score === null ? 'none' : item.score <= 2 ? 'red' : item.score === 3 ? 'amber' : 'green'}`} aria-hidden="true">
                      {item.score ?? '–'}
                    </span>
                    <span>
                      {item.title}
                      <span className="visually-hidden">
                        {' · '}
                        {item.score === null ? t('stage.readiness.itemUnscored') : t('stage.readiness.itemScore', { score: item.score })}
                      </span>
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </section>
        );
      })}
    </div>
  );
};

/**
 * The group that wrote a card, after its text: only where the view's dimension has several groups
 * (with one group per dimension, the default, the view's title already says whose cards they are).
 */
const CardGroup = ({ workshop, dimensionId, groupId }: { workshop: Workshop; dimensionId: string; groupId: string | null | undefined }) => {
  const group = cardGroup(workshop, { groupId });
  if (!group || workshop.groups.filter((g) => g.dimensionId === dimensionId).length < 2) return null;
  return <span className="panggung-card-group"> · {shortGroupName(group.name)}</span>;
};

/** One dimension's issues as cards: problems beside potentials. */
export const IssuesView = ({ workshop, dimension }: { workshop: Workshop; dimension: Dimension }) => {
  const t = useT();
  // Hidden cards never reach the projector.
  const issues = visibleCards(workshop.issues).filter((i) => i.dimensionId === dimension.id);
  const columns = [
    { kind: 'permasalahan' as const, title: t('stage.issues.problems'), none: t('stage.issues.noProblems') },
    { kind: 'potensi' as const, title: t('stage.issues.potentials'), none: t('stage.issues.noPotentials') },
  ];
  return (
    <WithGroupsDone workshop={workshop} worksheet="isu">
      <div className={`panggung-columns${roomy(issues.length, 6)}`}>
        {columns.map((column) => {
          const cards = issues.filter((i) => i.kind === column.kind);
          return (
            <section key={column.kind} className={`panggung-column is-${column.kind}`} aria-labelledby={`panggung-issues-${column.kind}`}>
              <h2 id={`panggung-issues-${column.kind}`} className="panggung-column-title">
                {column.title} <span className="panggung-count">{cards.length}</span>
              </h2>
              {cards.length === 0 ? (
                <p className="panggung-muted">{column.none}</p>
              ) : (
                <ul className="panggung-cards">
                  {cards.map((issue) => (
                    <li key={issue.id} className="panggung-note">
                      {issue.text}
                      <CardGroup workshop={workshop} dimensionId={dimension.id} groupId={issue.groupId} />
                    </li>
                  ))}
                </ul>
              )}
            </section>
          );
        })}
      </div>
    </WithGroupsDone>
  );
};

/** One dimension's SWOT board: strengths and weaknesses above, opportunities and threats below. */
export const SwotView = ({ workshop, dimension }: { workshop: Workshop; dimension: Dimension }) => {
  const t = useT();
  const items = visibleCards(workshop.swotItems).filter((i) => i.dimensionId === dimension.id);
  return (
    <WithGroupsDone workshop={workshop} worksheet="swot">
      <div className={`panggung-swot${roomy(items.length, 8)}`}>
        {SwotQuadrantSchema.options.map((quadrant) => {
          const factors = items.filter((i) => i.quadrant === quadrant);
          return (
            <section key={quadrant} className={`panggung-swot-cell is-${quadrant}`} aria-labelledby={`panggung-swot-${quadrant}`}>
              <h2 id={`panggung-swot-${quadrant}`} className="panggung-column-title">
                <span className="panggung-swot-letter" aria-hidden="true">
                  {quadrant}
                </span>
                {t(`stage.swot.${quadrant}`)}
              </h2>
              {factors.length === 0 ? (
                <p className="panggung-muted">{t('stage.swot.none')}</p>
              ) : (
                <ul className="panggung-bullets">
                  {factors.map((factor) => (
                    <li key={factor.id}>
                      {factor.text}
                      <CardGroup workshop={workshop} dimensionId={dimension.id} groupId={factor.groupId} />
                    </li>
                  ))}
                </ul>
              )}
            </section>
          );
        })}
      </div>
    </WithGroupsDone>
  );
};

/** One dimension's TOWS strategies, grouped by the cross they come from. */
export const TowsView = ({ workshop, dimension }: { workshop: Workshop; dimension: Dimension }) => {
  const t = useT();
  const strategies = workshop.towsStrategies.filter((s) => s.dimensionId === dimension.id);
  if (strategies.length === 0) return <p className="panggung-empty">{t('stage.tows.none')}</p>;
  return (
    <div className={`panggung-tows${roomy(strategies.length, 6)}`}>
      {TowsKindSchema.options.map((kind) => {
        const ofKind = strategies.filter((s) => s.kind === kind);
        return (
          <section key={kind} className={`panggung-tows-cell is-${kind}`} aria-labelledby={`panggung-tows-${kind}`}>
            <h2 id={`panggung-tows-${kind}`} className="panggung-column-title">
              {t(`stage.tows.${kind}`)}
            </h2>
            {ofKind.length === 0 ? (
              <p className="panggung-muted">{t('stage.tows.empty')}</p>
            ) : (
              <ul className="panggung-bullets">
                {ofKind.map((s) => (
                  <li key={s.id}>{s.text}</li>
                ))}
              </ul>
            )}
          </section>
        );
      })}
    </div>
  );
};

/** The gap analyses: per dimension, where it stands, where it should go and the gap (shown rows only). */
export const GapView = ({ workshop }: { workshop: Workshop }) => {
  const t = useT();
  const { language } = useLanguage();
  const shown = { ...workshop, gapAnalyses: visibleCards(workshop.gapAnalyses) };
  const rows = workshop.dimensionSet.dimensions.map((d) => ({ dimension: d, main: gapAnalysisOf(shown, d.id), more: shown.gapAnalyses.filter((g) => g.dimensionId === d.id).slice(1) }));
  // A table of dashes tells the room nothing: say that no dimension's gap is written yet.
  const written = shown.gapAnalyses.some((g) => `${g.currentCondition}${g.targetCondition}${g.gap}`.trim() !== '');
  return (
    <WithGroupsDone workshop={workshop} worksheet="kesenjangan">
      {!written ? (
        <p className="panggung-empty">{t('stage.gap.none')}</p>
      ) : (
        <table className="panggung-gap">
          <thead>
            <tr>
              <th scope="col">{t('stage.gap.dimension')}</th>
              <th scope="col">{t('stage.gap.current')}</th>
              <th scope="col">{t('stage.gap.target')}</th>
              <th scope="col">{t('stage.gap.gap')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.flatMap(({ dimension, main, more }) =>
              [main, ...more].map((g, i) => (
                <tr key={g?.id ?? dimension.id}>
                  {i === 0 ? (
                    <th scope="rowgroup" rowSpan={1 + more.length}>
                      {localName(dimension, language)}
                    </th>
                  ) : null}
                  <td>{g?.currentCondition || '–'}</td>
                  <td>{g?.targetCondition || '–'}</td>
                  <td>{g?.gap || '–'}</td>
                </tr>
              )),
            )}
          </tbody>
        </table>
      )}
    </WithGroupsDone>
  );
};
