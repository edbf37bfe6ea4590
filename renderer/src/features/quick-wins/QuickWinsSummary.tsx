import { rankQuickWins, worksheetProgress } from '../../../../shared/logic';
import { formatNumber } from '../../i18n/format';
import { useLanguage, useT } from '../../i18n/i18n-context';
import { useWorkshop } from '../../session/session-context';
import { Icon } from '../../components/Icon';
import { dimensionName } from '../summary/lookups';
import { Chip, EmptyNote, ReadOnlyBadge, StatTiles, SummaryCard } from '../summary/SummaryKit';

const DECISION_TONE = { chosen: 'green', rejected: 'red', pending: undefined } as const;

/** Quick win: every candidate with its gate checks, weighted score and the room's decision. */
export const QuickWinsSummary = () => {
  const t = useT();
  const { language } = useLanguage();
  const w = useWorkshop();
  const ranked = rankQuickWins(w);
  const warnings = worksheetProgress(w, 'quick-win').warnings;
  const count = (decision: keyof typeof DECISION_TONE) => w.quickWins.candidates.filter((c) => c.decision === decision).length;
  return (
    <>
      <SummaryCard id="quick-win-stats" title={t('quickWins.overview')}>
        <StatTiles
          label={t('quickWins.overview')}
          stats={[
            { label: t('quickWins.candidates'), value: w.quickWins.candidates.length },
            { label: t('quickWins.decision.chosen'), value: count('chosen'), tone: 'green' },
            { label: t('quickWins.decision.pending'), value: count('pending') },
            { label: t('quickWins.decision.rejected'), value: count('rejected') },
          ]}
        />
        <p className="card-note">{t(w.quickWins.selection.mode === 'per-dimension' ? 'quickWins.mode.perDimension' : 'quickWins.mode.topN', { n: w.quickWins.selection.topN })}</p>
        {warnings.map((warning) => (
          <div key={warning} className="notice notice-warning" role="status">
            <Icon name="alert" />
            <p>{warning}</p>
          </div>
        ))}
      </SummaryCard>
      <SummaryCard id="quick-win-table" title={t('quickWins.ranking')} actions={<ReadOnlyBadge />}>
        {ranked.length === 0 ? (
          <EmptyNote>{t('quickWins.empty')}</EmptyNote>
        ) : (
          <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="quick-win-table">
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col" className="num">
                    #
                  </th>
                  <th scope="col">{t('programs.name')}</th>
                  <th scope="col">{t('programs.dimension')}</th>
                  <th scope="col">{t('quickWins.gates')}</th>
                  <th scope="col" className="num">
                    {t('quickWins.score')}
                  </th>
                  <th scope="col">{t('quickWins.decision')}</th>
                </tr>
              </thead>
              <tbody>
                {ranked.map((r, index) => (
                  <tr key={r.candidate.id}>
                    <td className="num">{index + 1}</td>
                    <th scope="row" className="row-title">
                      <span className="code">{r.program.code}</span> {r.program.name}
                    </th>
                    <td>{dimensionName(w, r.dimensionId, language)}</td>
                    <td>{r.gatesPass ? t('quickWins.gatesPass') : t('quickWins.gatesFail')}</td>
                    <td className="num">{r.score === null ? '–' : formatNumber(r.score, language, 1)}</td>
                    <td>
                      <Chip tone={DECISION_TONE[r.candidate.decision]}>{t(`quickWins.decision.${r.candidate.decision}`)}</Chip>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </SummaryCard>
    </>
  );
};
