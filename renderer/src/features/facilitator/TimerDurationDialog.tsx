import { useState } from 'react';
import { TimerMinutesSchema } from '../../../../shared/logic/worksheet-timer';
import { Dialog } from '../../components/Dialog';
import { Field } from '../../components/Field';
import { firstMessage } from '../../forms/first-message';
import { useT } from '../../i18n/i18n-context';

interface Props {
  worksheet: string;
  minutes: number;
  defaultMinutes: number;
  onSave(minutes: number): void;
  onClose(): void;
}

/** Minutes typed as whole digits ("45"); anything else gets a message instead of a guess. */
const readMinutes = (text: string, notANumber: string): { ok: true; value: number } | { ok: false; message: string } => {
  const clean = text.trim();
  if (!/^-?\d+([.,]\d+)?$/.test(clean)) return { ok: false, message: notANumber };
  const result = TimerMinutesSchema.safeParse(Number(clean.replace(',', '.')));
  return result.success ? { ok: true, value: result.data } : { ok: false, message: firstMessage(result) ?? notANumber };
};

/** How long this worksheet's session lasts; kept with its timer for this workshop. */
export const TimerDurationDialog = ({ worksheet, minutes, defaultMinutes, onSave, onClose }: Props) => {
  const t = useT();
  const [text, setText] = useState(String(minutes));
  const [error, setError] = useState<string | null>(null);
  const save = (value: string) => {
    const read = readMinutes(value, t('facilitator.duration.notANumber'));
    if (read.ok) onSave(read.value);
    else setError(read.message);
  };
  return (
    <Dialog
      title={t('facilitator.duration.title', { worksheet })}
      description={t('facilitator.duration.description')}
      onClose={onClose}
      onSubmit={() => save(text)}
      actions={
        <>
          <button type="button" className="btn btn-secondary" onClick={() => save(String(defaultMinutes))}>
            {t('facilitator.duration.default', { minutes: defaultMinutes })}
          </button>
          <button type="button" className="btn btn-secondary" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="btn btn-primary">
            {t('common.save')}
          </button>
        </>
      }
    >
      <Field label={t('facilitator.duration.minutes')} hint={t('facilitator.duration.hint')} error={error}>
        {({ inputId, describedBy, invalid }) => (
          <input
            id={inputId}
            className="input input-number input-minutes"
            inputMode="numeric"
            autoComplete="off"
            autoFocus
            value={text}
            aria-describedby={describedBy}
            aria-invalid={invalid}
            onChange={(e) => {
              setText(e.target.value);
              setError(null);
            }}
          />
        )}
      </Field>
    </Dialog>
  );
};
