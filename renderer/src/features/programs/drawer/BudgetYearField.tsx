import { Field } from '../../../components/Field';
import { useCommittedDraft } from '../../../forms/use-committed-draft';
import type { DispatchResult } from '../../../session/workshop-session';
import { readRupiah, rupiahDigits } from '../read-rupiah';

interface Props {
  label: string;
  notAnAmount: string;
  stored: number | null;
  commit(amount: number | null): DispatchResult;
}

const same = (a: number | null, b: number | null) => a === b;

/** One year's indicative budget in Rupiah; saved on Enter or on leaving, empty means no budget that year. */
export const BudgetYearField = ({ label, notAnAmount, stored, commit }: Props) => {
  const draft = useCommittedDraft({ stored, toText: rupiahDigits, read: readRupiah(notAnAmount), equals: same, commit });
  return (
    <Field label={label} error={draft.message} className="budget-year-field">
      {({ inputId, describedBy, invalid }) => (
        <span className="rupiah-input">
          <span aria-hidden="true">Rp</span>
          <input
            id={inputId}
            className="input input-number"
            inputMode="numeric"
            autoComplete="off"
            value={draft.text}
            aria-describedby={describedBy}
            aria-invalid={invalid}
            onChange={(e) => draft.change(e.target.value)}
            onBlur={draft.blur}
            onKeyDown={(e) => {
              if (e.key === 'Enter') draft.flush();
            }}
          />
        </span>
      )}
    </Field>
  );
};
