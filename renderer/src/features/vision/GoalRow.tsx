import { useState } from 'react';
import { GoalSchema, IndicatorValueSchema, YearSchema, planEndYear, planYears, type Goal, type Indicator, type Mission, type PlanHorizon } from '../../../../shared/model';
import { RemoveCell, TextCell } from '../../forms/EditableTable';
import { InlineTextCommitField } from '../../forms/InlineTextCommitField';
import { NumberCommitField } from '../../forms/NumberCommitField';
import { useT } from '../../i18n/i18n-context';
import { WrappingSelect } from '../../components/WrappingSelect';
import { missionChoices } from './mission-label';
import { useVisionCommands } from './use-vision-commands';

const G = GoalSchema.shape;
const I = G.indicator.removeDefault().shape;
const ValueSchema = IndicatorValueSchema.nullable();
const YearOrNone = YearSchema.nullable();

/**
 * The years a goal's targets are asked for: the plan's middle and last year, any year it already has,
 * and the plan years the facilitator added a box for.
 */
export const goalTargetYears = (horizon: PlanHorizon, indicator: Indicator, added: readonly number[] = []): number[] => {
  const end = planEndYear(horizon);
  const middle = horizon.startYear + Math.floor((horizon.years - 1) / 2);
  const inPlan = added.filter((y) => y >= horizon.startYear && y <= end);
  return [...new Set([middle, end, ...indicator.targets.map((t) => t.year), ...inPlan])].sort((a, b) => a - b);
};

const withTarget = (indicator: Indicator, year: number, value: number | null): Indicator => ({
  ...indicator,
  targets: [...indicator.targets.filter((x) => x.year !== year), ...(value === null ? [] : [{ year, value }])].sort((a, b) => a.year - b.year),
});

interface Props {
  goal: Goal;
  number: number;
  missions: readonly Mission[];
  horizon: PlanHorizon;
}

/** One goal edited in place: text and mission, its indicator's name and unit, baseline with its year, and a target per year. */
export const GoalRow = ({ goal, number, missions, horizon }: Props) => {
  const t = useT();
  const { patchGoal, removeGoal } = useVisionCommands();
  const missionKnown = goal.missionId === null || missions.some((m) => m.id === goal.missionId);
  const selectId = `goal-mission-${goal.id}`;
  const indicator = goal.indicator;
  const patchIndicator = (patch: Partial<Indicator>) => patchGoal(goal.id, { indicator: { ...goal.indicator, ...patch } });
  // A year chosen under "+ Tahun lain" gets an empty box; it is stored once a value is typed.
  const [addedYears, setAddedYears] = useState<readonly number[]>([]);
  const targetYears = goalTargetYears(horizon, indicator, addedYears);
  const otherYears = planYears(horizon).filter((y) => !targetYears.includes(y));
  return (
    <tr>
      <td className="num goal-number">{number}</td>
      <td>
        <div className="goal-text-cell">
          <InlineTextCommitField label={t('vision.goal.text', { number })} stored={goal.text} schema={G.text} commit={(text) => patchGoal(goal.id, { text })} multiline rows={2} maxLength={1000} />
          <label className="visually-hidden" htmlFor={selectId}>
            {t('vision.goal.mission', { number })}
          </label>
          <WrappingSelect
            id={selectId}
            className="goal-mission"
            value={missionKnown ? (goal.missionId ?? '') : ''}
            onChange={(missionId) => patchGoal(goal.id, { missionId: missionId === '' ? null : missionId })}
            options={missionChoices(missions, t)}
          />
        </div>
      </td>
      <TextCell label={t('vision.goal.indicator', { number })} stored={indicator.name} schema={I.name.removeDefault()} commit={(name) => patchIndicator({ name })} multiline rows={2} maxLength={2000} />
      <TextCell label={t('vision.goal.unit', { number })} stored={indicator.unit} schema={I.unit.removeDefault()} commit={(unit) => patchIndicator({ unit })} maxLength={60} />
      <td className="goal-figures">
        <NumberCommitField label={t('vision.goal.baselineValue', { number })} stored={indicator.baseline} schema={ValueSchema} commit={(baseline) => patchIndicator({ baseline })} decimals className="goal-figure" />
        <NumberCommitField label={t('vision.goal.baselineYear', { number })} stored={indicator.baselineYear} schema={YearOrNone} commit={(baselineYear) => patchIndicator({ baselineYear })} year className="goal-figure" />
      </td>
      <td className="goal-figures">
        {targetYears.map((year) => (
          <NumberCommitField
            key={year}
            label={t('vision.goal.targetYear', { number, year })}
            stored={indicator.targets.find((x) => x.year === year)?.value ?? null}
            schema={ValueSchema}
            commit={(value) => patchGoal(goal.id, { indicator: withTarget(goal.indicator, year, value) })}
            decimals
            className="goal-figure"
          />
        ))}
        {otherYears.length > 0 ? (
          <select className="input goal-other-year" aria-label={t('vision.goal.addTargetYear', { number })} value="" onChange={(e) => setAddedYears([...addedYears, Number(e.target.value)])}>
            <option value="">{t('vision.goal.otherYear')}</option>
            {otherYears.map((year) => (
              <option key={year} value={year}>
                {year}
              </option>
            ))}
          </select>
        ) : null}
      </td>
      <RemoveCell label={t('vision.goal.delete', { number })} onRemove={() => removeGoal(goal.id)} />
    </tr>
  );
};
