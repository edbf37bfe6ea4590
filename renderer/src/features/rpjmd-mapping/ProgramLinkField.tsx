import { useId } from 'react';
import type { Program } from '../../../../shared/model';
import { useCommittedDraft, type ReadResult } from '../../forms/use-committed-draft';
import type { DispatchResult } from '../../session/workshop-session';

interface Props {
  label: string;
  placeholder: string;
  /** The shared <datalist> of program codes. */
  listId: string;
  programs: readonly Pick<Program, 'id' | 'code' | 'name'>[];
  stored: string | null;
  unknownMessage(text: string): string;
  commit(programId: string | null): DispatchResult;
}

const same = (a: string | null, b: string | null) => a === b;

/**
 * The smart-city program a mapping row feeds, typed as its code (suggestions from a datalist,
 * so a long matrix costs one list, not one per row). Empty unlinks it.
 */
export const ProgramLinkField = ({ label, placeholder, listId, programs, stored, unknownMessage, commit }: Props) => {
  const messageId = useId();
  const linked = programs.find((p) => p.id === stored);
  const read = (text: string): ReadResult<string | null> => {
    const typed = text.trim();
    if (typed === '') return { ok: true, value: null };
    // A suggestion reads "SG-SV-01 · Perizinan Daring"; the code alone is enough.
    const code = typed.split(' · ')[0]?.trim().toUpperCase() ?? '';
    const found = programs.find((p) => p.code === code) ?? programs.find((p) => p.name.toLowerCase() === typed.toLowerCase());
    return found ? { ok: true, value: found.id } : { ok: false, message: unknownMessage(typed) };
  };
  const draft = useCommittedDraft({ stored, toText: (id) => programs.find((p) => p.id === id)?.code ?? '', read, equals: same, commit });
  return (
    <div className={`inline-field${draft.message ? ' field-invalid' : ''}`}>
      <input
        className="input inline-input input-code"
        aria-label={label}
        list={listId}
        placeholder={placeholder}
        autoComplete="off"
        value={draft.text}
        aria-invalid={draft.message !== null}
        aria-describedby={draft.message ? messageId : undefined}
        onChange={(e) => draft.change(e.target.value)}
        onBlur={draft.blur}
        onKeyDown={(e) => {
          if (e.key === 'Enter') draft.flush();
        }}
      />
      {draft.message ? (
        <p className="field-message is-error" id={messageId} role="alert">
          {draft.message}
        </p>
      ) : linked ? (
        <p className="row-detail">{linked.name}</p>
      ) : null}
    </div>
  );
};
