import { useT } from '../../i18n/i18n-context';
import { useSessionSnapshot, useWorkshop } from '../../session/session-context';
import { CommitmentEntriesCard } from './CommitmentEntriesCard';
import { CommitmentPrintCard } from './CommitmentPrintCard';
import { ReviewChecklistCard } from './ReviewChecklistCard';
import { SigningDetailsCard } from './SigningDetailsCard';
import './commitment.css';

/** Lembar komitmen (Tahap IV): signing details, each OPD's commitment, the printable sheet and the chapter review. */
export const CommitmentWorksheet = () => {
  const t = useT();
  const workshop = useWorkshop();
  const { readOnly } = useSessionSnapshot();
  return (
    <div className="worksheet-form">
      <fieldset className="worksheet-form" disabled={readOnly}>
        <legend className="visually-hidden">{t('commitment.formLegend')}</legend>
        <SigningDetailsCard sheet={workshop.commitment} />
        <CommitmentEntriesCard workshop={workshop} />
      </fieldset>
      {/* Printing stays possible in a read-only workshop. */}
      <CommitmentPrintCard workshop={workshop} />
      <fieldset className="worksheet-form" disabled={readOnly}>
        <legend className="visually-hidden">{t('commitment.card.review')}</legend>
        <ReviewChecklistCard workshop={workshop} />
      </fieldset>
    </div>
  );
};
