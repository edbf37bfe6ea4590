import { GoalSchema, type Goal, type Mission } from '../../../../shared/model';
import { RemoveCell, TextCell } from '../../forms/EditableTable';
import { InlineTextCommitField } from '../../forms/InlineTextCommitField';
import { useT } from '../../i18n/i18n-context';
import { shortMission } from './mission-label';
import { useVisionCommands } from './use-vision-commands';

const G = GoalSchema.shape;

/** One goal edited in place: text and mission, indicator, unit, baseline and target. */
export const GoalRow = ({ goal, number, missions }: { goal: Goal; number: number; missions: readonly Mission[] }) => {
  const t = useT();
  const { patchGoal, removeGoal } = useVisionCommands();
  const missionKnown = goal.missionId === null || missions.some((m) => m.id === goal.missionId);
  const selectId = `goal-mission-${goal.id}`;
  return (
    <tr>
      <td className="num goal-number">{number}</td>
      <td>
        <div className="goal-text-cell">
          <InlineTextCommitField label={t('vision.goal.text', { number })} stored={goal.text} schema={G.text} commit={(text) => patchGoal(goal.id, { text })} multiline rows={2} maxLength={1000} />
          <label className="visually-hidden" htmlFor={selectId}>
            {t('vision.goal.mission', { number })}
          </label>
          <select
            id={selectId}
            className="input inline-input goal-mission"
            value={missionKnown ? (goal.missionId ?? '') : ''}
            onChange={(e) => patchGoal(goal.id, { missionId: e.target.value === '' ? null : e.target.value })}
          >
            <option value="">{t('vision.goal.noMission')}</option>
            {missions.map((m, i) => (
              <option key={m.id} value={m.id} title={m.text}>
                {t('vision.goal.missionOption', { number: i + 1, text: shortMission(m) })}
              </option>
            ))}
          </select>
        </div>
      </td>
      <TextCell label={t('vision.goal.indicator', { number })} stored={goal.indicator} schema={G.indicator} commit={(indicator) => patchGoal(goal.id, { indicator })} multiline rows={2} maxLength={500} />
      <TextCell label={t('vision.goal.unit', { number })} stored={goal.unit} schema={G.unit} commit={(unit) => patchGoal(goal.id, { unit })} maxLength={60} />
      <TextCell label={t('vision.goal.baseline', { number })} stored={goal.baseline} schema={G.baseline} commit={(baseline) => patchGoal(goal.id, { baseline })} maxLength={120} />
      <TextCell label={t('vision.goal.target', { number })} stored={goal.target} schema={G.target} commit={(target) => patchGoal(goal.id, { target })} maxLength={120} />
      <RemoveCell label={t('vision.goal.delete', { number })} onRemove={() => removeGoal(goal.id)} />
    </tr>
  );
};
