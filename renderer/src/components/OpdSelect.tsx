import type { FocusEventHandler, KeyboardEventHandler } from 'react';
import { opdOptionText, type OpdChoice } from './opd-label';
import './opd-select.css';

interface Props {
  id?: string;
  /** The chosen OPD's id, or null for none (or for `extra` values such as a filter's "no owner"). */
  value: string | null;
  opds: readonly OpdChoice[];
  /** What "no OPD" reads ("— Belum ditentukan —"); without it there is no empty choice. */
  noneLabel?: string;
  onChange(opdId: string | null): void;
  /** Choices that are not an OPD, listed after the empty one (a filter's "Belum ada pemilik"). */
  extra?: readonly { value: string; label: string }[];
  /** Said after an OPD's name in the list, e.g. its counts ("3 program"). */
  detail?: (opd: OpdChoice) => string | null;
  /** The accessible name when no visible <label> points at `id`. */
  ariaLabel?: string;
  describedBy?: string | undefined;
  invalid?: boolean;
  required?: boolean;
  disabled?: boolean;
  autoFocus?: boolean;
  onKeyDown?: KeyboardEventHandler<HTMLSelectElement>;
  onBlur?: FocusEventHandler<HTMLSelectElement>;
  className?: string;
  /** Show the abbreviation alone in the box (a narrow table column); the full name stays in the list and the tooltip. */
  short?: boolean;
}

/**
 * The one OPD chooser: "Singkatan · Nama lengkap" in the list, and the chosen OPD whole in the box.
 * The native select (keyboard, screen readers, the system's list) lies transparent over a box that
 * shows the chosen OPD's abbreviation and full name, wrapping onto a second line in a narrow column
 * instead of ending in "Sekretariat Da".
 */
export const OpdSelect = ({ id, value, opds, noneLabel, onChange, extra = [], detail, ariaLabel, describedBy, invalid, required, disabled, autoFocus, onKeyDown, onBlur, className, short = false }: Props) => {
  const chosen = value === null ? undefined : opds.find((o) => o.id === value);
  const chosenExtra = value === null ? undefined : extra.find((e) => e.value === value);
  const known = value === null || chosen !== undefined || chosenExtra !== undefined;
  const chosenDetail = chosen && detail ? detail(chosen) : null;
  return (
    <span className={`opd-select${short ? ' is-short' : ''}${disabled ? ' is-disabled' : ''}${className ? ` ${className}` : ''}`}>
      <span className="opd-select-shown" aria-hidden="true">
        {chosen ? (
          <>
            <strong>{chosen.abbreviation || chosen.name}</strong>
            {!short && chosen.abbreviation && chosen.abbreviation !== chosen.name ? <span className="opd-select-name"> · {chosen.name}</span> : null}
            {!short && chosenDetail ? <span className="opd-select-name"> ({chosenDetail})</span> : null}
          </>
        ) : (
          <span className="opd-select-none">{chosenExtra ? chosenExtra.label : value === null ? (noneLabel ?? '') : value}</span>
        )}
      </span>
      <select
        id={id}
        className="opd-select-native"
        value={value ?? ''}
        aria-label={ariaLabel}
        aria-describedby={describedBy}
        aria-invalid={invalid || undefined}
        aria-required={required || undefined}
        title={chosen ? opdOptionText(chosen) : undefined}
        disabled={disabled}
        autoFocus={autoFocus}
        onKeyDown={onKeyDown}
        onBlur={onBlur}
        onChange={(e) => onChange(e.target.value === '' ? null : e.target.value)}
      >
        {noneLabel !== undefined || value === null ? <option value="">{noneLabel ?? ''}</option> : null}
        {extra.map((e) => (
          <option key={e.value} value={e.value}>
            {e.label}
          </option>
        ))}
        {opds.map((opd) => {
          const more = detail ? detail(opd) : null;
          return (
            <option key={opd.id} value={opd.id}>
              {more ? `${opdOptionText(opd)} (${more})` : opdOptionText(opd)}
            </option>
          );
        })}
        {known ? null : <option value={value ?? ''}>{value}</option>}
      </select>
    </span>
  );
};
