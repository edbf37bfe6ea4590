import { useMemo } from 'react';
import { quickWinQuadrant } from '../../../../shared/document/diagrams';
import { quadrantOf } from '../../../../shared/logic/quick-win-quadrant';
import type { Workshop } from '../../../../shared/model';
import { MermaidDiagram } from '../../components/MermaidDiagram';
import { useT } from '../../i18n/i18n-context';
import { EmptyNote } from '../summary/SummaryKit';
import { candidatesInOrder } from './candidate-order';

/** Impact versus effort of the candidates still in the running, as a mermaid quadrant chart with a table beside it. */
export const QuadrantCard = ({ workshop: w }: { workshop: Workshop }) => {
  const t = useT();
  const open = useMemo(() => candidatesInOrder(w).filter(({ candidate }) => candidate.decision !== 'rejected'), [w]);
  // The same source the Word export draws (shared/document/diagrams.ts).
  const chart = useMemo(() => quickWinQuadrant(open), [open]);
  const placed = open.flatMap((row) => {
    const placement = quadrantOf(row.candidate.scores);
    return placement ? [{ ...row, placement }] : [];
  });
  return (
    <section className="card" aria-labelledby="qw-quadrant-heading">
      <h2 id="qw-quadrant-heading" className="card-title">
        {t('quick-wins.quadrant.title')}
      </h2>
      <p className="card-lead">{t('quick-wins.quadrant.lead')}</p>
      {chart === null ? (
        <EmptyNote>{t('quick-wins.quadrant.empty')}</EmptyNote>
      ) : (
        <div className="qw-quadrant">
          <MermaidDiagram
            className="qw-quadrant-chart"
            source={chart.source}
            label={t('quick-wins.quadrant.label', { count: placed.length })}
            describedBy="qw-quadrant-table"
            downloadName="kuadran-quick-win"
            messages={{
              rendering: t('quick-wins.diagram.rendering'),
              failed: t('quick-wins.diagram.failed'),
              failedDetail: t('quick-wins.diagram.failedDetail'),
              savePng: t('quick-wins.diagram.savePng'),
              savingPng: t('quick-wins.diagram.savingPng'),
              savePngFailed: t('quick-wins.diagram.savePngFailed'),
            }}
          />
          <div className="table-scroll" role="region" aria-labelledby="qw-quadrant-caption" tabIndex={0}>
            <table id="qw-quadrant-table" className="data-table qw-table">
              <caption id="qw-quadrant-caption" className="visually-hidden">
                {t('quick-wins.quadrant.caption')}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t('programs.name')}</th>
                  <th scope="col" className="num">
                    {t('quick-wins.quadrant.impact')}
                  </th>
                  <th scope="col" className="num">
                    {t('quick-wins.quadrant.ease')}
                  </th>
                  <th scope="col">{t('quick-wins.quadrant.position')}</th>
                </tr>
              </thead>
              <tbody>
                {placed.map(({ candidate, program, placement }) => (
                  <tr key={candidate.id}>
                    <th scope="row" className="row-title">
                      <span className="code">{program.code}</span> {program.name}
                    </th>
                    <td className="num">{placement.impact}</td>
                    <td className="num">{placement.ease}</td>
                    <td>
                      <span className={`qw-quadrant-tag is-${placement.quadrant}`}>{t(`quick-wins.quadrant.${placement.quadrant}`)}</span>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
      )}
    </section>
  );
};
