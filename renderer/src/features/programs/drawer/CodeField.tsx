import { z } from 'zod';
import { ProgramCodeSchema } from '../../../../../shared/model';
import { Field } from '../../../components/Field';
import { readText } from '../../../forms/read-values';
import { useCommittedDraft } from '../../../forms/use-committed-draft';
import type { DispatchResult } from '../../../session/workshop-session';

const TypedCodeSchema = z.string().transform((text) => text.trim().toUpperCase()).pipe(ProgramCodeSchema);
const readCode = readText(TypedCodeSchema);
const same = (a: string, b: string) => a === b;
const asText = (code: string) => code;

interface Props {
  label: string;
  hint: string;
  autoLabel: string;
  stored: string;
  /** The next free code of the program's element, or null when it already has it. */
  suggestion: string | null;
  commit(code: string): DispatchResult;
}

/** Kode program: typed in any case, saved on Enter or on leaving; a code already used is refused here. */
export const CodeField = ({ label, hint, autoLabel, stored, suggestion, commit }: Props) => {
  const draft = useCommittedDraft({ stored, toText: asText, read: readCode, equals: same, commit });
  return (
    <div className="code-field">
      <Field label={label} hint={hint} error={draft.message}>
        {({ inputId, describedBy, invalid }) => (
          <input
            id={inputId}
            className="input input-code"
            value={draft.text}
            maxLength={24}
            autoComplete="off"
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
      {suggestion ? (
        <button
          type="button"
          className="btn btn-small btn-secondary"
          onClick={() => {
            const outcome = commit(suggestion);
            draft.setMessage(outcome.ok ? null : outcome.message);
          }}
        >
          {autoLabel}: {suggestion}
        </button>
      ) : null}
    </div>
  );
};
