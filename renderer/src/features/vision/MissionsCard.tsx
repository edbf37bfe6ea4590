import type { FormEvent } from 'react';
import { MissionSchema, type Workshop } from '../../../../shared/model';
import { Icon } from '../../components/Icon';
import { NewTextField } from '../../forms/NewTextField';
import { useNewText } from '../../forms/use-new-text';
import { useT } from '../../i18n/i18n-context';
import { MissionItem } from './MissionItem';
import { useVisionCommands } from './use-vision-commands';

/** Misi: an ordered list, each tied to the dimensions it serves. */
export const MissionsCard = ({ workshop }: { workshop: Workshop }) => {
  const t = useT();
  const { addMission } = useVisionCommands();
  const newMission = useNewText();
  const submit = (event?: FormEvent) => {
    event?.preventDefault();
    newMission.submit(MissionSchema.shape.text, addMission);
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
        <NewTextField label={t('vision.mission.new')} entry={newMission} maxLength={1000} multiline={{ rows: 2, onEnter: () => submit() }} />
        <button type="submit" className="btn btn-secondary vision-add-submit">
          <Icon name="plus" />
          {t('vision.mission.add')}
        </button>
      </form>
    </section>
  );
};
