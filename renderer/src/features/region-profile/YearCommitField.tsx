import { YearSchema } from '../../../../shared/model';
import { Field } from '../../components/Field';
import { readYear } from '../../forms/read-values';
import { useCommittedDraft, type CommitOutcome, type ReadResult } from '../../forms/use-committed-draft';
import { useT } from '../../i18n/i18n-context';

interface Props {
  label: string;
  stored: number | null;
  commit(value: number | null): CommitOutcome;
}

const same = (a: number | null, b: number | null) => a === b;

/** A year that may be unknown ("2020", never "2.020"): saved on leaving the field or on Enter; empty means not known. */
export const YearCommitField = ({ label, stored, commit }: Props) => {
  const t = useT();
  const readAYear = readYear(YearSchema, { notANumber: t('form.notAYear'), required: t('form.notAYear') });
  const read = (text: string): ReadResult<number | null> => (text.trim() === '' ? { ok: true, value: null } : readAYear(text));
  const draft = useCommittedDraft({ stored, toText: (value) => (value === null ? '' : String(value)), read, equals: same, commit });
  return (
    <Field label={label} error={draft.message}>
      {({ inputId, describedBy, invalid }) => (
        <input
          id={inputId}
          className="input input-number"
          inputMode="numeric"
          autoComplete="off"
          maxLength={4}
          value={draft.text}
          aria-describedby={describedBy}
          aria-invalid={invalid}
          onChange={(e) => draft.change(e.target.value)}
          onBlur={draft.blur}
          onKeyDown={(e) => {
            if (e.key === 'Enter') draft.flush();
          }}
        />
      )}
    </Field>
  );
};
