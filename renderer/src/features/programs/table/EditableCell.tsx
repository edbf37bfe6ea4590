import { useEffect, useRef, type ReactNode } from 'react';

interface Props {
  as?: 'td' | 'th';
  className?: string;
  editing: boolean;
  readOnly: boolean;
  /** The hidden "press Enter to edit" hint shared by the whole table. */
  hintId: string;
  title?: string | undefined;
  onStart(): void;
  /** What the cell shows; it is also the button's name. */
  display: ReactNode;
  /** The editor, told how to finish: `returnFocus` puts focus back on the cell (Enter, Escape). */
  editor(finish: (returnFocus: boolean) => void): ReactNode;
  onFinish(): void;
}

/**
 * A cell of the matrix that shows its value as a button and turns into an editor when pressed,
 * so 800 rows cost 800 buttons rather than thousands of live inputs. Focus comes back to the
 * cell after Enter or Escape, as in a spreadsheet.
 */
export const EditableCell = ({ as: Tag = 'td', className, editing, readOnly, hintId, title, onStart, display, editor, onFinish }: Props) => {
  const button = useRef<HTMLButtonElement>(null);
  const focusBack = useRef(false);

  useEffect(() => {
    if (!editing && focusBack.current) {
      focusBack.current = false;
      button.current?.focus();
    }
  }, [editing]);

  const finish = (returnFocus: boolean) => {
    focusBack.current = returnFocus;
    onFinish();
  };

  return (
    <Tag className={`${className ?? ''} cell-editable${editing ? ' is-editing' : ''}`} {...(Tag === 'th' ? { scope: 'row' } : {})}>
      {editing ? (
        editor(finish)
      ) : readOnly ? (
        <span className="cell-value">{display}</span>
      ) : (
        <button ref={button} type="button" className="cell-button" aria-describedby={hintId} title={title} onClick={onStart}>
          {display}
        </button>
      )}
    </Tag>
  );
};
