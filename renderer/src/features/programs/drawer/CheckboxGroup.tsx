import { useId, useState } from 'react';
import type { DispatchResult } from '../../../session/workshop-session';

export interface CheckboxItem<T> {
  value: T;
  label: string;
  title?: string | undefined;
  detail?: string | undefined;
  disabled?: boolean | undefined;
  /** Marks an item that is chosen but no longer valid (e.g. a year outside the horizon). */
  warning?: boolean | undefined;
}

interface Props<T> {
  legend: string;
  hint?: string | undefined;
  items: readonly CheckboxItem<T>[];
  selected: readonly T[];
  /** Saves the new selection; a refusal is shown under the group and the boxes stay as they were. */
  onChange(next: T[]): DispatchResult;
  columns?: 'narrow' | 'wide';
  empty?: string | undefined;
}

/** Several choices at once (OPD pendukung, sumber dana, tahun): native checkboxes in a labelled group. */
export const CheckboxGroup = <T extends string | number>({ legend, hint, items, selected, onChange, columns = 'narrow', empty }: Props<T>) => {
  const id = useId();
  const [message, setMessage] = useState<string | null>(null);
  const toggle = (value: T, on: boolean) => {
    const next = on ? [...selected, value] : selected.filter((v) => v !== value);
    const ordered = items.map((i) => i.value).filter((v) => next.includes(v));
    const outcome = onChange(ordered);
    setMessage(outcome.ok ? null : outcome.message);
  };
  return (
    <fieldset className="fieldset field checkbox-group" aria-describedby={[hint ? `${id}-hint` : '', message ? `${id}-message` : ''].join(' ').trim() || undefined}>
      <legend className="field-label">{legend}</legend>
      {hint ? (
        <p className="field-hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {items.length === 0 && empty ? <p className="muted">{empty}</p> : null}
      <div className={`checkbox-grid checkbox-grid-${columns}`}>
        {items.map((item) => (
          <label key={String(item.value)} className={`checkbox-option${item.warning ? ' is-warning' : ''}`} title={item.title}>
            <input type="checkbox" className="checkbox" checked={selected.includes(item.value)} disabled={item.disabled} onChange={(e) => toggle(item.value, e.target.checked)} />
            <span>
              {item.label}
              {item.detail ? <span className="row-detail">{item.detail}</span> : null}
            </span>
          </label>
        ))}
      </div>
      <p className={`field-message${message ? ' is-error' : ''}`} id={`${id}-message`} aria-live="polite">
        {message}
      </p>
    </fieldset>
  );
};
