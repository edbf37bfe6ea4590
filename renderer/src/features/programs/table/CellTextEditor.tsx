import { useId, useRef, useState } from 'react';
import type { ReadResult } from '../../../forms/use-committed-draft';
import type { DispatchResult } from '../../../session/workshop-session';

interface Props<T> {
  label: string;
  initial: string;
  read(text: string): ReadResult<T>;
  /** True when the value is what the program already holds: nothing to save. */
  unchanged(value: T): boolean;
  commit(value: T): DispatchResult;
  finish(returnFocus: boolean): void;
  placeholder?: string;
  inputMode?: 'text' | 'numeric' | 'decimal';
  className?: string;
}

/**
 * One input in a matrix cell. Enter or leaving the cell saves, Escape cancels; a refused value
 * stays in the input with its message underneath, and nothing is stored.
 */
export const CellTextEditor = <T,>({ label, initial, read, unchanged, commit, finish, placeholder, inputMode = 'text', className }: Props<T>) => {
  const [text, setText] = useState(initial);
  const [message, setMessage] = useState<string | null>(null);
  const done = useRef(false);
  const messageId = useId();

  const save = (returnFocus: boolean) => {
    if (done.current) return;
    const parsed = read(text);
    if (!parsed.ok) {
      setMessage(parsed.message);
      return;
    }
    const outcome: DispatchResult = unchanged(parsed.value) ? { ok: true } : commit(parsed.value);
    if (!outcome.ok) {
      setMessage(outcome.message);
      return;
    }
    done.current = true;
    finish(returnFocus);
  };

  return (
    <div className="cell-editor">
      <input
        className={`input cell-input${className ? ` ${className}` : ''}`}
        aria-label={label}
        // The editor opens because the user asked for it: focus belongs in it.
        autoFocus
        value={text}
        placeholder={placeholder}
        inputMode={inputMode}
        autoComplete="off"
        aria-invalid={message !== null}
        aria-describedby={message ? messageId : undefined}
        onChange={(e) => {
          setText(e.target.value);
          setMessage(null);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            save(true);
          } else if (e.key === 'Escape') {
            e.preventDefault();
            e.stopPropagation();
            done.current = true;
            finish(true);
          }
        }}
        onBlur={() => save(false)}
      />
      {message ? (
        <p className="cell-message" id={messageId} role="alert">
          {message}
        </p>
      ) : null}
    </div>
  );
};
