import { useId, type ReactNode } from 'react';
import './choice-group.css';

export interface Choice<T> {
  value: T;
  /** What the option shows. */
  label: ReactNode;
  /** A longer name for screen readers and the tooltip, when the label is short (e.g. "S"). */
  longLabel?: string;
  /** Colour of the option when chosen: a traffic light tone. */
  tone?: 'red' | 'amber' | 'green';
}

interface Props<T> {
  legend: string;
  choices: readonly Choice<T>[];
  value: T;
  onChange(value: T): void;
  /** `column` stacks the options (a scale), `row` puts them side by side (a few short tags). */
  layout?: 'row' | 'column';
  className?: string;
}

/**
 * A labelled group of radio buttons drawn as a segmented control. Native radios, so the keyboard
 * works as everywhere: Tab enters the group at the chosen option, arrow keys move and choose, Space chooses.
 */
export const ChoiceGroup = <T,>({ legend, choices, value, onChange, layout = 'row', className }: Props<T>) => {
  const name = useId();
  return (
    <fieldset className={`fieldset choice-group choice-${layout}${className ? ` ${className}` : ''}`}>
      <legend className="field-label">{legend}</legend>
      <div className="choice-options">
        {choices.map((choice, index) => (
          <label key={index} className={`choice-option${choice.tone ? ` tone-${choice.tone}` : ''}`} title={choice.longLabel}>
            <input type="radio" name={name} value={index} checked={Object.is(choice.value, value)} onChange={() => onChange(choice.value)} />
            {choice.longLabel ? (
              <>
                <span aria-hidden="true">{choice.label}</span>
                <span className="visually-hidden">{choice.longLabel}</span>
              </>
            ) : (
              <span>{choice.label}</span>
            )}
          </label>
        ))}
      </div>
    </fieldset>
  );
};
