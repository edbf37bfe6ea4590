import type { Workshop } from '../../../../shared/model';
import { Field } from '../../components/Field';
import { useCommittedDraft, type ReadResult } from '../../forms/use-committed-draft';
import { useT } from '../../i18n/i18n-context';
import { useQuickWinCommands } from './use-quick-win-commands';

type Selection = Workshop['quickWins']['selection'];
const same = (a: number, b: number) => a === b;

/** How the app suggests: the best per dimension (the 6-per-dimension pattern) or the best N overall. */
export const SelectionFields = ({ selection }: { selection: Selection }) => {
  const t = useT();
  const { setSelection } = useQuickWinCommands();
  const read = (text: string): ReadResult<number> => {
    const trimmed = text.trim();
    if (!/^\d+$/.test(trimmed)) return { ok: false, message: t('quick-wins.selection.nRange') };
    const n = Number(trimmed);
    return n >= 1 && n <= 20 ? { ok: true, value: n } : { ok: false, message: t('quick-wins.selection.nRange') };
  };
  const topN = useCommittedDraft({
    stored: selection.topN,
    toText: String,
    read,
    equals: same,
    commit: (n) => setSelection((s) => ({ ...s, topN: n })),
  });
  return (
    <div className="qw-selection">
      <fieldset className="fieldset field">
        <legend className="field-label">{t('quick-wins.selection.mode')}</legend>
        <div className="radio-row">
          {(['per-dimension', 'top-n'] as const).map((mode) => (
            <label key={mode} className="radio">
              <input type="radio" name="qw-selection-mode" value={mode} checked={selection.mode === mode} onChange={() => setSelection((s) => ({ ...s, mode }))} />
              <span>{t(mode === 'per-dimension' ? 'quick-wins.selection.perDimension' : 'quick-wins.selection.topN')}</span>
            </label>
          ))}
        </div>
      </fieldset>
      {selection.mode === 'top-n' ? (
        <Field label={t('quick-wins.selection.n')} error={topN.message} className="qw-topn">
          {({ inputId, describedBy, invalid }) => (
            <input
              id={inputId}
              className="input input-year"
              inputMode="numeric"
              autoComplete="off"
              maxLength={3}
              value={topN.text}
              aria-describedby={describedBy}
              aria-invalid={invalid}
              onChange={(e) => topN.change(e.target.value)}
              onBlur={topN.blur}
              onKeyDown={(e) => {
                if (e.key === 'Enter') topN.flush();
              }}
            />
          )}
        </Field>
      ) : null}
    </div>
  );
};
