import { useId, useRef, useState, type FocusEvent, type KeyboardEvent } from 'react';
import type { BudgetLine } from '../../../../../shared/model';
import type { DispatchResult } from '../../../session/workshop-session';
import { readRupiah, rupiahDigits } from '../read-rupiah';

interface Props {
  legend: string;
  yearLabel(year: number): string;
  notAnAmount: string;
  noYears: string;
  closeLabel: string;
  years: readonly number[];
  budget: readonly BudgetLine[];
  commit(budget: BudgetLine[]): DispatchResult;
  finish(returnFocus: boolean): void;
}

const sameBudget = (a: readonly BudgetLine[], b: readonly BudgetLine[]) => a.length === b.length && a.every((line, i) => line.year === b[i]?.year && line.amount === b[i]?.amount);

/**
 * The indicative budget of each of the program's years, edited in the cell. All amounts are
 * checked first; only when every one reads as Rupiah is the budget saved (on Enter or on leaving).
 */
export const BudgetCellEditor = ({ legend, yearLabel, notAnAmount, noYears, closeLabel, years, budget, commit, finish }: Props) => {
  const shownYears = [...new Set([...years, ...budget.map((b) => b.year)])].sort((a, b) => a - b);
  const [texts, setTexts] = useState<Record<number, string>>(() => Object.fromEntries(shownYears.map((y) => [y, rupiahDigits(budget.find((b) => b.year === y)?.amount ?? null)])));
  const [messages, setMessages] = useState<Record<number, string | null>>({});
  const [formMessage, setFormMessage] = useState<string | null>(null);
  const done = useRef(false);
  const idPrefix = useId();
  const read = readRupiah(notAnAmount);

  const save = (returnFocus: boolean) => {
    if (done.current) return;
    const lines: BudgetLine[] = [];
    const problems: Record<number, string | null> = {};
    for (const year of shownYears) {
      const parsed = read(texts[year] ?? '');
      if (!parsed.ok) problems[year] = parsed.message;
      else if (parsed.value !== null) lines.push({ year, amount: parsed.value });
    }
    setMessages(problems);
    if (Object.keys(problems).length > 0) return;
    const outcome = sameBudget(lines, [...budget].sort((a, b) => a.year - b.year)) ? { ok: true as const } : commit(lines);
    if (!outcome.ok) {
      setFormMessage(outcome.message);
      return;
    }
    done.current = true;
    finish(returnFocus);
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      save(true);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      done.current = true;
      finish(true);
    }
  };

  const onBlur = (e: FocusEvent<HTMLFieldSetElement>) => {
    if (!e.currentTarget.contains(e.relatedTarget)) save(false);
  };

  if (shownYears.length === 0) {
    return (
      <div className="cell-editor">
        <p className="cell-note">{noYears}</p>
        <button type="button" className="btn btn-small btn-secondary" autoFocus onKeyDown={onKeyDown} onClick={() => finish(true)}>
          {closeLabel}
        </button>
      </div>
    );
  }

  return (
    <fieldset className="cell-editor budget-editor" onBlur={onBlur}>
      <legend className="visually-hidden">{legend}</legend>
      {shownYears.map((year, index) => {
        const message = messages[year] ?? null;
        const messageId = `${idPrefix}-${year}`;
        return (
          <label key={year} className="budget-editor-line">
            <span className="budget-editor-year">{year}</span>
            <span className="budget-editor-input">
              <span aria-hidden="true">Rp</span>
              <input
                className="input cell-input input-number"
                aria-label={yearLabel(year)}
                inputMode="numeric"
                autoComplete="off"
                autoFocus={index === 0}
                value={texts[year] ?? ''}
                aria-invalid={message !== null}
                aria-describedby={message ? messageId : undefined}
                onChange={(e) => {
                  setTexts((all) => ({ ...all, [year]: e.target.value }));
                  setMessages((all) => ({ ...all, [year]: null }));
                }}
                onKeyDown={onKeyDown}
              />
            </span>
            {message ? (
              <span className="cell-message" id={messageId} role="alert">
                {message}
              </span>
            ) : null}
          </label>
        );
      })}
      {formMessage ? (
        <p className="cell-message" role="alert">
          {formMessage}
        </p>
      ) : null}
    </fieldset>
  );
};
