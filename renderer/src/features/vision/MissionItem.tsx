import { MissionSchema, type Mission, type Workshop } from '../../../../shared/model';
import { RemoveButton } from '../../forms/EditableTable';
import { InlineTextCommitField } from '../../forms/InlineTextCommitField';
import { useLanguage, useT } from '../../i18n/i18n-context';
import { dimensionName } from '../summary/lookups';
import { useVisionCommands } from './use-vision-commands';

/** One mission: its text, the dimensions it serves (checkboxes), how many goals it has. */
export const MissionItem = ({ mission, number, workshop }: { mission: Mission; number: number; workshop: Workshop }) => {
  const t = useT();
  const { language } = useLanguage();
  const { patchMission, removeMission } = useVisionCommands();
  const goals = workshop.goals.filter((g) => g.missionId === mission.id).length;

  const toggle = (dimensionId: string, on: boolean) => {
    const chosen = new Set(mission.dimensionIds);
    if (on) chosen.add(dimensionId);
    else chosen.delete(dimensionId);
    // Keep the workshop's dimension order, whatever order they were ticked in.
    patchMission(mission.id, { dimensionIds: workshop.dimensionSet.dimensions.map((d) => d.id).filter((id) => chosen.has(id)) });
  };

  return (
    <li className="mission-item">
      <span className="mission-number" aria-hidden="true">
        {number}
      </span>
      <div className="mission-body">
        <InlineTextCommitField
          label={t('vision.mission.text', { number })}
          stored={mission.text}
          schema={MissionSchema.shape.text}
          commit={(text) => patchMission(mission.id, { text })}
          multiline
          rows={2}
          maxLength={1000}
        />
        <fieldset className="fieldset mission-dimensions">
          <legend className="visually-hidden">{t('vision.mission.dimensions', { number })}</legend>
          {workshop.dimensionSet.dimensions.map((d) => (
            <label key={d.id} className="dimension-toggle">
              <input type="checkbox" checked={mission.dimensionIds.includes(d.id)} onChange={(e) => toggle(d.id, e.target.checked)} />
              <span>{dimensionName(workshop, d.id, language)}</span>
            </label>
          ))}
          <span className="mission-goal-count">{t('vision.mission.goals', { count: goals })}</span>
        </fieldset>
      </div>
      <RemoveButton label={t('vision.mission.delete', { number })} onRemove={() => removeMission(mission.id)} />
    </li>
  );
};
