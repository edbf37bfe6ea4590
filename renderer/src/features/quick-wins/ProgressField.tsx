import { Field } from '../../components/Field';
import { useCommittedDraft, type ReadResult } from '../../forms/use-committed-draft';
import { useT } from '../../i18n/i18n-context';
import { useQuickWinCommands } from './use-quick-win-commands';

const same = (a: number, b: number) => a === b;

/** Progres (%) of a quick win, a whole number 0–100 (Sawahlunto reports its quick wins this way). */
export const ProgressField = ({ candidateId, stored }: { candidateId: string; stored: number }) => {
  const t = useT();
  const { updateCandidate } = useQuickWinCommands();
  const read = (text: string): ReadResult<number> => {
    const trimmed = text.trim().replace(/%$/, '').trim();
    if (!/^\d+$/.test(trimmed)) return { ok: false, message: t('quick-wins.sheet.progressRange'), incomplete: trimmed === '' };
    const value = Number(trimmed);
    return value <= 100 ? { ok: true, value } : { ok: false, message: t('quick-wins.sheet.progressRange') };
  };
  const draft = useCommittedDraft({
    stored,
    toText: String,
    read,
    equals: same,
    commit: (progress) => updateCandidate(candidateId, (c) => ({ ...c, sheet: { ...c.sheet, progress } })),
  });
  return (
    <Field label={t('quick-wins.sheet.progress')} error={draft.message} className="qw-progress">
      {({ inputId, describedBy, invalid }) => (
        <div className="qw-progress-row">
          <input
            id={inputId}
            className="input input-year"
            inputMode="numeric"
            autoComplete="off"
            maxLength={5}
            value={draft.text}
            aria-describedby={describedBy}
            aria-invalid={invalid}
            onChange={(e) => draft.change(e.target.value)}
            onBlur={draft.blur}
            onKeyDown={(e) => {
              if (e.key === 'Enter') draft.flush();
            }}
          />
          <span className="qw-progress-bar" aria-hidden="true">
            <span style={{ width: `${stored}%` }} />
          </span>
        </div>
      )}
    </Field>
  );
};
