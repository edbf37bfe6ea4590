import { CommitmentSheetSchema, type CommitmentSheet } from '../../../../shared/model';
import { TextCommitField } from '../../forms/TextCommitField';
import { useT } from '../../i18n/i18n-context';
import { SigningDateField } from './SigningDateField';
import { useCommitmentCommands } from './use-commitment-commands';

const C = CommitmentSheetSchema.shape;

/** Where and when the sheet is signed, and the joint statement above the signatures. */
export const SigningDetailsCard = ({ sheet }: { sheet: CommitmentSheet }) => {
  const t = useT();
  const { patchDetails } = useCommitmentCommands();
  return (
    <section className="card form-card" aria-labelledby="commitment-details-heading">
      <h2 id="commitment-details-heading" className="card-title">
        {t('commitment.card.details')}
      </h2>
      <p className="card-lead">{t('commitment.card.details.lead')}</p>
      <div className="form-grid signing-grid">
        <TextCommitField label={t('commitment.place')} stored={sheet.place} schema={C.place} commit={(place) => patchDetails({ place })} maxLength={200} />
        <SigningDateField stored={sheet.date} commit={(date) => patchDetails({ date })} />
      </div>
      <TextCommitField
        label={t('commitment.statement')}
        hint={t('commitment.statement.hint')}
        stored={sheet.statement}
        schema={C.statement}
        commit={(statement) => patchDetails({ statement })}
        multiline
        rows={5}
        maxLength={5000}
      />
    </section>
  );
};
