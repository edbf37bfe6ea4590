import type { QuickWinCriterion } from '../../../../shared/model';
import { Field } from '../../components/Field';
import { formatNumber } from '../../i18n/format';
import { parseLocalNumber } from '../../i18n/parse-number';
import { useCommittedDraft, type ReadResult } from '../../forms/use-committed-draft';
import { useLanguage, useT } from '../../i18n/i18n-context';
import { useQuickWinCommands } from './use-quick-win-commands';

const same = (a: number, b: number) => a === b;

/** The weight of one criterion in percent (0–100). */
export const WeightField = ({ criterion, stored }: { criterion: QuickWinCriterion; stored: number }) => {
  const t = useT();
  const { language } = useLanguage();
  const { setWeights } = useQuickWinCommands();
  const read = (text: string): ReadResult<number> => {
    const parsed = parseLocalNumber(text, language);
    if (parsed.kind === 'empty') return { ok: false, message: t('quick-wins.weights.required') };
    if (parsed.kind === 'invalid') return { ok: false, message: t('quick-wins.weights.required'), incomplete: text.trim() === '-' };
    if (parsed.value < 0) return { ok: false, message: t('quick-wins.weights.negative') };
    if (parsed.value > 100) return { ok: false, message: t('quick-wins.weights.tooLarge') };
    return { ok: true, value: parsed.value };
  };
  const draft = useCommittedDraft({
    stored,
    toText: (value) => formatNumber(value, language),
    read,
    equals: same,
    commit: (value) => setWeights((weights) => ({ ...weights, [criterion]: value })),
  });
  return (
    <Field label={t(`quick-wins.criterion.${criterion}`)} hint={t(`quick-wins.criterion.${criterion}.hint`)} error={draft.message} className="qw-weight">
      {({ inputId, describedBy, invalid }) => (
        <div className="qw-weight-input">
          <input
            id={inputId}
            className="input input-number"
            inputMode="decimal"
            autoComplete="off"
            value={draft.text}
            aria-describedby={describedBy}
            aria-invalid={invalid}
            onChange={(e) => draft.change(e.target.value)}
            onBlur={draft.blur}
            onKeyDown={(e) => {
              if (e.key === 'Enter') draft.flush();
            }}
          />
          <span aria-hidden="true">%</span>
        </div>
      )}
    </Field>
  );
};
