import './opd-select.css';

export interface WrappingOption {
  value: string;
  /** What the list shows for this choice, and the box, whole and wrapping, once it is chosen. */
  label: string;
  /** The chosen value's tooltip when the label is a shortened text (defaults to the label). */
  title?: string;
}

interface Props {
  id?: string;
  value: string;
  options: readonly WrappingOption[];
  onChange(value: string): void;
  ariaLabel?: string;
  className?: string;
}

/**
 * A select whose chosen value is always read whole: the native select (keyboard, screen readers, the system's list)
 * lies transparent over a box that wraps the chosen text onto more lines in a narrow column instead of cutting it.
 * The box is OpdSelect's (opd-select.css); OpdSelect adds the OPD's abbreviation and name.
 */
export const WrappingSelect = ({ id, value, options, onChange, ariaLabel, className }: Props) => {
  const chosen = options.find((o) => o.value === value);
  return (
    <span className={`opd-select${className ? ` ${className}` : ''}`}>
      <span className="opd-select-shown" aria-hidden="true">
        {chosen ? chosen.label : ''}
      </span>
      <select id={id} className="opd-select-native" value={value} aria-label={ariaLabel} title={chosen?.title ?? chosen?.label} onChange={(e) => onChange(e.target.value)}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </span>
  );
};
