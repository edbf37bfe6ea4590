import type { z } from 'zod';
import { Field } from '../components/Field';
import { formatNumber } from '../i18n/format';
import { useLanguage, useT } from '../i18n/i18n-context';
import { readNumber } from './read-values';
import { useCommittedDraft, type CommitOutcome } from './use-committed-draft';

interface Props {
  label: string;
  hint?: string;
  stored: number | null;
  schema: z.ZodType<number | null>;
  commit(value: number | null): CommitOutcome;
  className?: string;
  decimals?: boolean;
  /** A year: written without a thousands separator ("2020", not "2.020"). */
  year?: boolean;
}

const same = (a: number | null, b: number | null) => a === b;

/** A number typed the local way ("2.654.448"); saved on leaving the field or on Enter. Empty means "not known yet". */
export const NumberCommitField = ({ label, hint, stored, schema, commit, className, decimals = false, year = false }: Props) => {
  const t = useT();
  const { language } = useLanguage();
  const draft = useCommittedDraft({
    stored,
    toText: (value) => (value === null ? '' : year ? String(value) : formatNumber(value, language)),
    read: readNumber(schema, language, { notANumber: t('form.notANumber') }),
    equals: same,
    commit,
  });
  return (
    <Field label={label} hint={hint} error={draft.message} className={className}>
      {({ inputId, describedBy, invalid }) => (
          <input
            id={inputId}
            className="input input-number"
            inputMode={decimals ? 'decimal' : 'numeric'}
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
      )}
    </Field>
  );
};
