import { useState, type FormEvent } from 'react';
import { MissionSchema, type Workshop } from '../../../../shared/model';
import { Field } from '../../components/Field';
import { Icon } from '../../components/Icon';
import { firstMessage } from '../../forms/first-message';
import { useT } from '../../i18n/i18n-context';
import { MissionItem } from './MissionItem';
import { useVisionCommands } from './use-vision-commands';

/** Misi: an ordered list, each tied to the dimensions it serves. */
export const MissionsCard = ({ workshop }: { workshop: Workshop }) => {
  const t = useT();
  const { addMission } = useVisionCommands();
  const [text, setText] = useState('');
  const [message, setMessage] = useState<string | null>(null);

  const submit = (event?: FormEvent) => {
    event?.preventDefault();
    const checked = MissionSchema.shape.text.safeParse(text);
    if (!checked.success) {
      setMessage(firstMessage(checked) ?? null);
      return;
    }
    const outcome = addMission(checked.data);
    setMessage(outcome.ok ? null : outcome.message);
    if (outcome.ok) setText('');
  };

  return (
    <section className="card form-card" aria-labelledby="vision-missions-heading">
      <h2 id="vision-missions-heading" className="card-title">
        {t('vision.card.missions')}
      </h2>
      <p className="card-lead">{t('vision.card.missions.lead')}</p>
      {workshop.missions.length === 0 ? (
        <p className="empty-note">{t('vision.missions.none')}</p>
      ) : (
        <ol className="mission-items">
          {workshop.missions.map((mission, i) => (
            <MissionItem key={mission.id} mission={mission} number={i + 1} workshop={workshop} />
          ))}
        </ol>
      )}
      <form className="vision-add" onSubmit={submit} noValidate>
        <Field label={t('vision.mission.new')} error={message}>
          {({ inputId, describedBy, invalid }) => (
            <textarea
              id={inputId}
              className="input textarea"
              rows={2}
              maxLength={1000}
              value={text}
              aria-describedby={describedBy}
              aria-invalid={invalid}
              onChange={(e) => {
                setText(e.target.value);
                if (message) setMessage(null);
              }}
              onKeyDown={(e) => {
                if (e.key === 'Enter' && !e.shiftKey && !e.nativeEvent.isComposing) {
                  e.preventDefault();
                  submit();
                }
              }}
            />
          )}
        </Field>
        <button type="submit" className="btn btn-secondary vision-add-submit">
          <Icon name="plus" />
          {t('vision.mission.add')}
        </button>
      </form>
    </section>
  );
};
