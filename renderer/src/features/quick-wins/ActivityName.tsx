import type { z } from 'zod';
import { readText } from '../../forms/read-values';
import { useCommittedDraft, type CommitOutcome } from '../../forms/use-committed-draft';

const same = (a: string, b: string) => a === b;

/** An activity's name inside the timeline table; renaming it renames every month of it. */
export const ActivityName = ({ stored, label, schema, commit }: { stored: string; label: string; schema: z.ZodType<string>; commit(name: string): CommitOutcome }) => {
  const draft = useCommittedDraft({ stored, toText: (v) => v, read: readText(schema), equals: same, commit });
  return (
    <div className={`qw-activity${draft.message ? ' field-invalid' : ''}`}>
      {/* One line that wraps and grows, so a long activity name is read whole; Enter saves instead of breaking the line. */}
      <textarea
        className="input textarea qw-activity-input"
        rows={1}
        aria-label={label}
        aria-invalid={draft.message !== null}
        value={draft.text}
        maxLength={600}
        onChange={(e) => draft.change(e.target.value)}
        onBlur={draft.blur}
        onKeyDown={(e) => {
          if (e.key !== 'Enter') return;
          e.preventDefault();
          draft.flush();
        }}
      />
      {draft.message ? (
        <p className="field-message is-error" role="alert">
          {draft.message}
        </p>
      ) : null}
    </div>
  );
};
