import { rankQuickWins } from '../../../../shared/logic';
import type { Workshop } from '../../../../shared/model';
import { useT } from '../../i18n/i18n-context';
import { EmptyNote } from '../summary/SummaryKit';
import { QuickWinSheet } from './QuickWinSheet';

/** One sheet per chosen quick win, best first. */
export const QuickWinSheets = ({ workshop: w }: { workshop: Workshop }) => {
  const t = useT();
  const chosen = rankQuickWins(w).filter((r) => r.candidate.decision === 'chosen');
  return (
    <section className="card" aria-labelledby="qw-sheets-heading">
      <h2 id="qw-sheets-heading" className="card-title">
        {t('quick-wins.sheets.title')}
      </h2>
      <p className="card-lead">{t('quick-wins.sheets.lead')}</p>
      {chosen.length === 0 ? (
        <EmptyNote>{t('quick-wins.sheets.empty')}</EmptyNote>
      ) : (
        <div className="qw-sheets">
          {chosen.map((r) => (
            <QuickWinSheet key={r.candidate.id} workshop={w} candidate={r.candidate} program={r.program} />
          ))}
        </div>
      )}
    </section>
  );
};
