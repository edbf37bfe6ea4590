import { useState, type FormEvent } from 'react';
import { GoalSchema, type Workshop } from '../../../../shared/model';
import { Field } from '../../components/Field';
import { Icon } from '../../components/Icon';
import { firstMessage } from '../../forms/first-message';
import { useT } from '../../i18n/i18n-context';
import { GoalRow } from './GoalRow';
import { shortMission } from './mission-label';
import { useVisionCommands } from './use-vision-commands';

/** Tujuan dan sasaran: an inline table of goals with indicator, unit, baseline and target. */
export const GoalsCard = ({ workshop }: { workshop: Workshop }) => {
  const t = useT();
  const { addGoal } = useVisionCommands();
  const [text, setText] = useState('');
  const [missionId, setMissionId] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const missions = workshop.missions;

  const submit = (event?: FormEvent) => {
    event?.preventDefault();
    const checked = GoalSchema.shape.text.safeParse(text);
    if (!checked.success) {
      setMessage(firstMessage(checked) ?? null);
      return;
    }
    const outcome = addGoal(checked.data, missions.some((m) => m.id === missionId) ? missionId : null);
    setMessage(outcome.ok ? null : outcome.message);
    if (outcome.ok) setText('');
  };

  return (
    <section className="card form-card" aria-labelledby="vision-goals-heading">
      <h2 id="vision-goals-heading" className="card-title">
        {t('vision.card.goals')}
      </h2>
      <p className="card-lead">{t('vision.card.goals.lead')}</p>
      {workshop.goals.length === 0 ? (
        <p className="empty-note">{t('vision.goals.none')}</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table goal-table" aria-labelledby="vision-goals-heading">
            <thead>
              <tr>
                <th scope="col" className="num">
                  {t('vision.goals.col.number')}
                </th>
                <th scope="col" className="goal-col-text">
                  {t('vision.goals.col.text')}
                </th>
                <th scope="col" className="goal-col-indicator">
                  {t('vision.goals.col.indicator')}
                </th>
                <th scope="col" className="goal-col-short">
                  {t('vision.goals.col.unit')}
                </th>
                <th scope="col" className="goal-col-short">
                  {t('vision.goals.col.baseline')}
                </th>
                <th scope="col" className="goal-col-short">
                  {t('vision.goals.col.target')}
                </th>
                <th scope="col">
                  <span className="visually-hidden">{t('vision.goals.col.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {workshop.goals.map((goal, i) => (
                <GoalRow key={goal.id} goal={goal} number={i + 1} missions={missions} />
              ))}
            </tbody>
          </table>
        </div>
      )}
      <form className="vision-add goal-add" onSubmit={submit} noValidate>
        <Field label={t('vision.goal.new')} error={message} className="goal-add-text">
          {({ inputId, describedBy, invalid }) => (
            <input
              id={inputId}
              className="input"
              autoComplete="off"
              maxLength={1000}
              value={text}
              aria-describedby={describedBy}
              aria-invalid={invalid}
              onChange={(e) => {
                setText(e.target.value);
                if (message) setMessage(null);
              }}
            />
          )}
        </Field>
        <Field label={t('vision.goal.newMission')} className="goal-add-mission">
          {({ inputId }) => (
            <select id={inputId} className="input" value={missionId} onChange={(e) => setMissionId(e.target.value)}>
              <option value="">{t('vision.goal.noMission')}</option>
              {missions.map((m, i) => (
                <option key={m.id} value={m.id}>
                  {t('vision.goal.missionOption', { number: i + 1, text: shortMission(m) })}
                </option>
              ))}
            </select>
          )}
        </Field>
        <button type="submit" className="btn btn-secondary vision-add-submit">
          <Icon name="plus" />
          {t('vision.goal.add')}
        </button>
      </form>
    </section>
  );
};
