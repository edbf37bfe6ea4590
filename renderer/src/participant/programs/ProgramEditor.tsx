import { useEffect, useRef, useState } from 'react';
import type { Program } from '../../../../shared/model';
import { Field } from '../../components/Field';
import { useParticipantT } from '../i18n/participant-catalogue';
import type { ParticipantMessageKey } from '../i18n/participant-catalogue';
import { DraftNote } from '../drafts/DraftNote';
import { NameArea } from '../drafts/NameArea';
import { useEditableItem } from '../drafts/outbox-context';

type TextField = 'description' | 'beneficiaries' | 'location' | 'output' | 'outcome' | 'impact' | 'risks' | 'mitigation';

/** What an OPD head fills in about their program from a phone; codes, dimensions, budget and years stay with the facilitator's matrix. */
const TEXT_FIELDS: readonly { field: TextField; label: ParticipantMessageKey; rows: number }[] = [
  { field: 'description', label: 'programs.field.description', rows: 4 },
  { field: 'beneficiaries', label: 'programs.field.beneficiaries', rows: 2 },
  { field: 'location', label: 'programs.field.location', rows: 2 },
  { field: 'output', label: 'programs.field.output', rows: 3 },
  { field: 'outcome', label: 'programs.field.outcome', rows: 3 },
  { field: 'impact', label: 'programs.field.impact', rows: 3 },
  { field: 'risks', label: 'programs.field.risks', rows: 3 },
  { field: 'mitigation', label: 'programs.field.mitigation', rows: 3 },
];

interface Props {
  program: Program;
  readOnly: boolean;
  backHref: string;
}

/** One program as a phone form, one column: every keystroke is kept as a draft on the phone and sent after a pause. */
export const ProgramEditor = ({ program, readOnly, backHref }: Props) => {
  const t = useParticipantT();
  const { shown, draft, change } = useEditableItem('program', program);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [program.id]);
  // A name is required: an emptied name stays on screen (with its message) and is not sent.
  const [name, setName] = useState(shown.name);
  useEffect(() => setName(shown.name), [shown.name]);
  const [progress, setProgress] = useState(String(shown.progress));
  useEffect(() => setProgress(String(shown.progress)), [shown.progress]);
  const progressValue = /^\d{1,3}$/.test(progress.trim()) ? Number(progress.trim()) : NaN;
  const progressValid = Number.isInteger(progressValue) && progressValue >= 0 && progressValue <= 100;

  return (
    <section className="p-screen p-editor" aria-labelledby="p-program-heading">
      <a className="btn btn-secondary p-back" href={backHref}>
        <span aria-hidden="true">←</span> {t('participant.programs.back')}
      </a>
      <p className="p-row-kicker">{program.code}</p>
      <h1 id="p-program-heading" className="p-title" ref={heading} tabIndex={-1}>
        {shown.name}
      </h1>
      {draft ? <DraftNote draft={draft} /> : null}
      <fieldset className="p-form" disabled={readOnly}>
        <legend className="visually-hidden">{program.code}</legend>
        <Field label={t('programs.field.name')} requiredLabel={t('common.required')} error={name.trim() === '' ? t('participant.programs.nameRequired') : null}>
          {({ inputId, describedBy, invalid }) => (
            <NameArea
              id={inputId}
              value={name}
              maxLength={300}
              describedBy={describedBy}
              invalid={invalid}
              onChange={(next) => {
                setName(next);
                if (next.trim() !== '') change({ ...shown, name: next });
              }}
            />
          )}
        </Field>
        {TEXT_FIELDS.map(({ field, label, rows }) => (
          <Field key={field} label={t(label)}>
            {({ inputId, describedBy }) => (
              <textarea id={inputId} className="input" rows={rows} value={shown[field]} aria-describedby={describedBy} onChange={(event) => change({ ...shown, [field]: event.target.value })} />
            )}
          </Field>
        ))}
        <Field label={t('participant.programs.progress')} error={progressValid ? null : t('participant.programs.progressInvalid')}>
          {({ inputId, describedBy, invalid }) => (
            <input
              id={inputId}
              className="input p-input-short"
              inputMode="numeric"
              value={progress}
              aria-describedby={describedBy}
              aria-invalid={invalid}
              onChange={(event) => {
                setProgress(event.target.value);
                const value = Number(event.target.value.trim());
                if (/^\d{1,3}$/.test(event.target.value.trim()) && value <= 100) change({ ...shown, progress: value });
              }}
            />
          )}
        </Field>
      </fieldset>
    </section>
  );
};
