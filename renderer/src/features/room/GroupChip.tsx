import { cardGroup } from '../../../../shared/logic/room';
import { useT } from '../../i18n/i18n-context';
import { useWorkshop } from '../../session/session-context';

/** The FGD group that wrote a card, as a small chip; nothing for the facilitator's own cards. */
export const GroupChip = ({ groupId }: { groupId: string | null | undefined }) => {
  const t = useT();
  const w = useWorkshop();
  const group = cardGroup(w, { groupId });
  if (!group) return null;
  return (
    <span className="chip group-chip" title={t('room.chip.title', { name: group.name })}>
      <span className="visually-hidden">{t('room.chip.by')} </span>
      {group.name}
    </span>
  );
};
