import { createPortal } from 'react-dom';
import type { Workshop } from '../../../../shared/model';
import { Icon } from '../../components/Icon';
import { useT } from '../../i18n/i18n-context';
import { CommitmentSheetView } from './CommitmentSheetView';

/**
 * A preview of the sheet, and the copy the browser prints: a sibling of the app's root, so the print
 * stylesheet can hide the whole app and let the sheet flow over as many pages as it needs.
 */
export const CommitmentPrintCard = ({ workshop }: { workshop: Workshop }) => {
  const t = useT();
  return (
    <section className="card form-card" aria-labelledby="commitment-print-heading">
      <div className="card-heading-row">
        <h2 id="commitment-print-heading" className="card-title">
          {t('commitment.card.print')}
        </h2>
        <button type="button" className="btn btn-primary" aria-label={t('commitment.print.label')} onClick={() => window.print()}>
          <Icon name="file" />
          {t('commitment.print')}
        </button>
      </div>
      <p className="card-lead">{t('commitment.card.print.lead')}</p>
      <div className="commitment-preview">
        <CommitmentSheetView workshop={workshop} />
      </div>
      {createPortal(
        <div className="commitment-print-root">
          <CommitmentSheetView workshop={workshop} headingLevel={2} />
        </div>,
        document.body,
      )}
    </section>
  );
};
