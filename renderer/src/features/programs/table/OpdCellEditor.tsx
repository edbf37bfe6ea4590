import { useRef, useState } from 'react';
import type { Opd } from '../../../../../shared/model';
import type { DispatchResult } from '../../../session/workshop-session';
import { OpdSelect } from '../../../components/OpdSelect';

interface Props {
  label: string;
  noneLabel: string;
  opds: readonly Opd[];
  initial: string | null;
  commit(opdId: string | null): DispatchResult;
  finish(returnFocus: boolean): void;
}

/** The lead OPD chosen in the cell; saved on Enter or on leaving, Escape keeps the old one. */
export const OpdCellEditor = ({ label, noneLabel, opds, initial, commit, finish }: Props) => {
  const [value, setValue] = useState(initial ?? '');
  const [message, setMessage] = useState<string | null>(null);
  const done = useRef(false);

  const save = (returnFocus: boolean) => {
    if (done.current) return;
    const opdId = value === '' ? null : value;
    const outcome = opdId === initial ? { ok: true as const } : commit(opdId);
    if (!outcome.ok) {
      setMessage(outcome.message);
      return;
    }
    done.current = true;
    finish(returnFocus);
  };

  return (
    <div className="cell-editor">
      <OpdSelect
        className="cell-input"
        ariaLabel={label}
        autoFocus
        value={value === '' ? null : value}
        opds={opds}
        noneLabel={noneLabel}
        invalid={message !== null}
        onChange={(opdId) => setValue(opdId ?? '')}
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
        <p className="cell-message" role="alert">
          {message}
        </p>
      ) : null}
    </div>
  );
};
