import { Icon } from '../../components/Icon';
import { useT } from '../../i18n/i18n-context';
import { GroupChip } from './GroupChip';
import { useRoomCommands, type CardKind } from './use-room-commands';
import './room.css';

type RoomItem = { id: string; groupId?: string | null | undefined; hidden?: boolean | undefined };

/** The group that wrote a card and "Tersembunyi" when it is hidden; nothing for a shown card of the facilitator's. */
export const CardRoomChips = ({ item }: { item: RoomItem }) => {
  const t = useT();
  if (!item.groupId && item.hidden !== true) return null;
  return (
    <div className="card-room">
      <GroupChip groupId={item.groupId} />
      {item.hidden === true ? <span className="chip chip-amber card-hidden-chip">{t('room.card.hiddenChip')}</span> : null}
    </div>
  );
};

interface HideProps {
  card: CardKind;
  item: RoomItem;
  /** How the card is named to a screen reader ("permasalahan 2", "S3"). */
  label: string;
  /** With its word beside the icon (where there is room), or the icon alone beside the delete button. */
  withText?: boolean;
}

/** Hides a card from the stage, the phones and the documents (it stays stored), or shows it again. */
export const HideCardButton = ({ card, item, label, withText = false }: HideProps) => {
  const t = useT();
  const { hideCard } = useRoomCommands();
  const hidden = item.hidden === true;
  return (
    <button
      type="button"
      className={`btn btn-small btn-quiet card-hide-toggle${withText ? '' : ' is-icon'}${hidden ? ' is-hidden' : ''}`}
      aria-label={t(hidden ? 'room.card.show' : 'room.card.hide', { label })}
      title={t(hidden ? 'room.card.showHint' : 'room.card.hideHint')}
      onClick={() => hideCard(card, item.id, !hidden)}
    >
      <Icon name={hidden ? 'eye' : 'eyeOff'} />
      {withText ? <span>{t(hidden ? 'room.card.showShort' : 'room.card.hideShort')}</span> : null}
    </button>
  );
};

/** Both together, for a card with room for a row of its own (a gap row). */
export const CardRoomActions = ({ card, item, label }: { card: CardKind; item: RoomItem; label: string }) => (
  <div className="card-room-actions">
    <CardRoomChips item={item} />
    <HideCardButton card={card} item={item} label={label} withText />
  </div>
);
