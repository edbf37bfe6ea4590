import { useId } from 'react';

interface Props {
  /** The select's name, also its first (empty) option: "Tambah sumber pendanaan", "Tambah faktor SWOT…". */
  label: string;
  /** A visible label above the select; left out, the label is for screen readers only. */
  visibleLabel?: string;
  options: readonly { id: string; text: string }[];
  onPick(id: string): void;
}

/** A select that adds the picked item to a list (funding sources, SWOT factors, TOWS strategies) and returns to its prompt. */
export const AddChoice = ({ label, visibleLabel, options, onPick }: Props) => {
  const id = useId();
  if (options.length === 0) return null;
  return (
    <label className="funding-add" htmlFor={id}>
      <span className={visibleLabel ? 'field-label' : 'visually-hidden'}>{visibleLabel ?? label}</span>
      <select id={id} className="input" value="" onChange={(e) => e.target.value !== '' && onPick(e.target.value)}>
        <option value="">{label}</option>
        {options.map((o) => (
          <option key={o.id} value={o.id}>
            {o.text}
          </option>
        ))}
      </select>
    </label>
  );
};

/** The message under a list editor: a refusal in red, read out politely. */
export const FieldMessage = ({ message }: { message: string | null }) => (
  <p className={`field-message${message ? ' is-error' : ''}`} aria-live="polite">
    {message}
  </p>
);
