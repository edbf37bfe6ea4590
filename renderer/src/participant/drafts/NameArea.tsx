import type { ChangeEvent } from 'react';

interface Props {
  id: string;
  value: string;
  maxLength: number;
  describedBy: string | undefined;
  invalid: boolean;
  onChange(value: string): void;
}

/**
 * A name of one line that wraps instead of scrolling sideways: a program's or a proposal's name is often
 * longer than a 360 px phone's input ("Inkubator komunitas digital kecamatan …" showed only its end), so the
 * participant could not read back what they typed. Enter and pasted line breaks do not split the name.
 */
export const NameArea = ({ id, value, maxLength, describedBy, invalid, onChange }: Props) => (
  <textarea
    id={id}
    className="input p-name-area"
    rows={1}
    maxLength={maxLength}
    value={value}
    aria-describedby={describedBy}
    aria-invalid={invalid}
    onKeyDown={(event) => {
      if (event.key === 'Enter') event.preventDefault();
    }}
    onChange={(event: ChangeEvent<HTMLTextAreaElement>) => onChange(event.target.value.replace(/\s*[\r\n]+\s*/g, ' '))}
  />
);
