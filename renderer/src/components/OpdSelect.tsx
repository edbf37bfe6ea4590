import type { Opd } from '../../../shared/model';
import './opd-select.css';

interface Props {
  id?: string;
  /** The chosen OPD's id, or null for none. */
  value: string | null;
  opds: readonly Opd[];
  /** What "no OPD" reads ("— Belum ditentukan —"). */
  noneLabel: string;
  onChange(opdId: string | null): void;
  /** The accessible name when no visible <label> points at `id`. */
  ariaLabel?: string;
  describedBy?: string | undefined;
  invalid?: boolean;
  disabled?: boolean;
  className?: string;
  /** Show the abbreviation alone in the box (a narrow table column); the full name stays in the list and the tooltip. */
  short?: boolean;
}

const optionText = (opd: Opd): string => (opd.abbreviation && opd.abbreviation !== opd.name ? `${opd.abbreviation} · ${opd.name}` : opd.name || opd.abbreviation);

/**
 * An OPD dropdown that never cuts the chosen name: the native select (keyboard, screen readers, the
 * system's list) lies transparent over a box that shows the chosen OPD's abbreviation and full name,
 * wrapping onto a second line in a narrow column instead of ending in "Sekretariat Da".
 */
export const OpdSelect = ({ id, value, opds, noneLabel, onChange, ariaLabel, describedBy, invalid, disabled, className, short = false }: Props) => {
  const chosen = value === null ? undefined : opds.find((o) => o.id === value);
  const known = value === null || chosen !== undefined;
  return (
    <span className={`opd-select${short ? ' is-short' : ''}${disabled ? ' is-disabled' : ''}${className ? ` ${className}` : ''}`}>
      <span className="opd-select-shown" aria-hidden="true">
        {chosen ? (
          <>
            <strong>{chosen.abbreviation || chosen.name}</strong>
            {!short && chosen.abbreviation && chosen.abbreviation !== chosen.name ? <span className="opd-select-name"> · {chosen.name}</span> : null}
          </>
        ) : (
          <span className="opd-select-none">{value === null ? noneLabel : value}</span>
        )}
      </span>
      <select
        id={id}
        className="opd-select-native"
        value={value ?? ''}
        aria-label={ariaLabel}
        aria-describedby={describedBy}
        aria-invalid={invalid || undefined}
        title={chosen ? optionText(chosen) : undefined}
        disabled={disabled}
        onChange={(e) => onChange(e.target.value === '' ? null : e.target.value)}
      >
        <option value="">{noneLabel}</option>
        {opds.map((opd) => (
          <option key={opd.id} value={opd.id}>
            {optionText(opd)}
          </option>
        ))}
        {known ? null : <option value={value ?? ''}>{value}</option>}
      </select>
    </span>
  );
};
