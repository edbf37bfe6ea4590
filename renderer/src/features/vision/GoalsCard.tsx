import { useState, type FormEvent } from 'react';
import { GoalSchema, type Workshop } from '../../../../shared/model';
import { Field } from '../../components/Field';
import { Icon } from '../../components/Icon';
import { EditableTable } from '../../forms/EditableTable';
import { NewTextField } from '../../forms/NewTextField';
import { useNewText } from '../../forms/use-new-text';
import { useT } from '../../i18n/i18n-context';
import { GoalRow } from './GoalRow';
import { WrappingSelect } from '../../components/WrappingSelect';
import { missionChoices } from './mission-label';
import { useVisionCommands } from './use-vision-commands';

/** Tujuan dan sasaran: an inline table of goals with indicator, unit, baseline and target. */
export const GoalsCard = ({ workshop }: { workshop: Workshop }) => {
  const t = useT();
  const { addGoal } = useVisionCommands();
  const newGoal = useNewText();
  const [missionId, setMissionId] = useState('');
  const missions = workshop.missions;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    newGoal.submit(GoalSchema.shape.text, (text) => addGoal(text, missions.some((m) => m.id === missionId) ? missionId : null));
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
        <EditableTable
          className="data-table goal-table"
          labelledBy="vision-goals-heading"
          columns={[
            { label: t('vision.goals.col.number'), className: 'num' },
            { label: t('vision.goals.col.text'), className: 'goal-col-text' },
            { label: t('vision.goals.col.indicator'), className: 'goal-col-indicator' },
            { label: t('vision.goals.col.unit'), className: 'goal-col-short' },
            { label: t('vision.goals.col.baseline'), className: 'goal-col-figures' },
            { label: t('vision.goals.col.target'), className: 'goal-col-figures' },
          ]}
          actions={{ label: t('vision.goals.col.actions') }}
        >
          {workshop.goals.map((goal, i) => (
            <GoalRow key={goal.id} goal={goal} number={i + 1} missions={missions} horizon={workshop.horizon} />
          ))}
        </EditableTable>
      )}
      <form className="vision-add goal-add" onSubmit={submit} noValidate>
        <NewTextField label={t('vision.goal.new')} entry={newGoal} maxLength={1000} className="goal-add-text" />
        <Field label={t('vision.goal.newMission')} className="goal-add-mission">
          {({ inputId }) => (
            <WrappingSelect id={inputId} value={missionId} onChange={setMissionId} options={missionChoices(missions, t)} />
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
