import { quadrantOf, type Quadrant } from '../../../../../shared/logic/quick-win-quadrant';
import type { Workshop } from '../../../../../shared/model';
import { useT } from '../../../i18n/i18n-context';
import { useLayoutEffect, useRef, useState } from 'react';
import { layoutDots, type DotRect } from '../dot-layout';

/** The chart's box in layout units: 100 wide, 75 high (the CSS keeps the same 4:3 ratio). */
const W = 100;
const H = 75;
/** Dot radius and the room kept around the plotted range, in the same units (CSS: .panggung-dot width 7.2%). */
const R = 3.6;
const PAD = R + 1.5;

/** The quadrants' names as drawn, in layout units, so the dots keep off them (measured: the type scales with the screen). */
const useLabelBoxes = (drawn: boolean) => {
  const chartRef = useRef<HTMLDivElement>(null);
  const [boxes, setBoxes] = useState<DotRect[]>([]);
  useLayoutEffect(() => {
    const chart = chartRef.current;
    if (!chart) return;
    const measure = () => {
      const c = chart.getBoundingClientRect();
      if (c.width === 0 || c.height === 0) return;
      const next = [...chart.querySelectorAll<HTMLElement>('.panggung-quadrant-cell > span')].map((label) => {
        const r = label.getBoundingClientRect();
        const round = (n: number) => Math.round(n * 10) / 10;
        return { x: round(((r.left - c.left) / c.width) * W), y: round(((r.top - c.top) / c.height) * H), width: round((r.width / c.width) * W), height: round((r.height / c.height) * H) };
      });
      setBoxes((before) => (JSON.stringify(before) === JSON.stringify(next) ? before : next));
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(chart);
    return () => observer.disconnect();
  }, [drawn]);
  return { chartRef, boxes };
};

const QUADRANT_ORDER: readonly Quadrant[] = ['quick-win', 'strategic', 'complement', 'review'];

/** Impact 1–5 up, effort (the inverse of speed + cost, 2–10) to the right; the lines sit at the rule's thresholds. */
const toBox = (impact: number, ease: number) => ({
  x: PAD + ((10 - ease) / 8) * (W - 2 * PAD),
  y: PAD + (1 - (impact - 1) / 4) * (H - 2 * PAD),
});

/**
 * The quadrants and decisions carry the quick-win worksheet's own words ('Program strategis',
 * 'Tinjau ulang', 'Terpilih', 'Belum diputuskan'), so the room reads on the projector what the
 * facilitator's screen and the document say.
 *
 * The quick-win candidates on the impact and effort map: numbered dots, laid out so none covers
 * another, and a numbered list with the program names beside the chart (no label ever overlaps).
 */
export const QuickWinView = ({ workshop }: { workshop: Workshop }) => {
  const t = useT();
  const programs = new Map(workshop.programs.map((p) => [p.id, p]));
  const active = workshop.quickWins.candidates.filter((c) => c.decision !== 'rejected' && programs.has(c.programId));
  const placed = active
    .map((candidate) => ({ candidate, program: programs.get(candidate.programId), position: quadrantOf(candidate.scores) }))
    .flatMap((entry) => (entry.position && entry.program ? [{ candidate: entry.candidate, program: entry.program, position: entry.position }] : []))
    .sort(
      (a, b) =>
        QUADRANT_ORDER.indexOf(a.position.quadrant) - QUADRANT_ORDER.indexOf(b.position.quadrant) ||
        b.position.impact - a.position.impact ||
        b.position.ease - a.position.ease ||
        a.program.code.localeCompare(b.program.code),
    );
  const unscored = active.length - placed.length;
  const { chartRef, boxes } = useLabelBoxes(placed.length > 0);
  if (placed.length === 0) return <p className="panggung-empty">{t('stage.quickWin.none')}</p>;
  const dots = layoutDots(
    placed.map((p) => toBox(p.position.impact, p.position.ease)),
    { width: W, height: H, radius: R, gap: 0.6, avoid: boxes },
  );
  const splitX = toBox(3, 5.5).x;
  const splitY = toBox(2.5, 6).y;
  return (
    <div className="panggung-quadrant-layout">
      <figure className="panggung-quadrant-figure">
        <div className="panggung-quadrant" ref={chartRef} role="img" aria-label={t('stage.quickWin.chart', { count: placed.length })}>
          <div className="panggung-quadrant-cell is-quick-win" style={{ left: 0, top: 0, width: `${splitX}%`, height: `${(splitY / H) * 100}%` }}>
            <span>{t('quick-wins.quadrant.quick-win')}</span>
          </div>
          <div className="panggung-quadrant-cell is-strategic" style={{ left: `${splitX}%`, top: 0, right: 0, height: `${(splitY / H) * 100}%` }}>
            <span>{t('quick-wins.quadrant.strategic')}</span>
          </div>
          <div className="panggung-quadrant-cell is-complement" style={{ left: 0, top: `${(splitY / H) * 100}%`, width: `${splitX}%`, bottom: 0 }}>
            <span>{t('quick-wins.quadrant.complement')}</span>
          </div>
          <div className="panggung-quadrant-cell is-review" style={{ left: `${splitX}%`, top: `${(splitY / H) * 100}%`, right: 0, bottom: 0 }}>
            <span>{t('quick-wins.quadrant.review')}</span>
          </div>
          {dots.map((dot, i) => {
            const entry = placed[i];
            if (!entry) return null;
            return (
              <span
                key={entry.candidate.id}
                className={`panggung-dot is-${entry.candidate.decision}`}
                style={{ left: `${dot.x - R}%`, top: `${((dot.y - R) / H) * 100}%` }}
                data-testid="panggung-dot"
                aria-hidden="true"
              >
                {i + 1}
              </span>
            );
          })}
        </div>
        <figcaption className="panggung-axes">
          <span>↑ {t('stage.quickWin.axisImpact')}</span>
          <span>
            {t('stage.quickWin.axisEffort')}: {t('stage.quickWin.low')} → {t('stage.quickWin.high')}
          </span>
        </figcaption>
      </figure>
      <div className="panggung-quadrant-legend">
        <ol className={placed.length > 10 ? 'is-two-columns' : undefined}>
          {placed.map((entry, i) => (
            <li key={entry.candidate.id} className={`is-${entry.candidate.decision}`}>
              <span className={`panggung-dot-badge is-${entry.candidate.decision}`} aria-hidden="true">
                {i + 1}
              </span>
              <span className="panggung-legend-text">
                {entry.program.name}
                <span className="panggung-legend-meta">
                  {' · '}
                  {t(`quick-wins.quadrant.${entry.position.quadrant}`)}
                  {' · '}
                  <span className="panggung-nowrap">{entry.candidate.decision === 'chosen' ? `✓ ${t('quick-wins.decision.chosen')}` : t('quick-wins.decision.pending')}</span>
                </span>
              </span>
            </li>
          ))}
        </ol>
        {unscored > 0 ? <p className="panggung-muted">{t('stage.quickWin.unscored', { count: unscored })}</p> : null}
      </div>
    </div>
  );
};
