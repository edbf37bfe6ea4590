import { Icon } from '../../components/Icon';
import { useParticipantT } from '../i18n/participant-catalogue';
import { useOutboxSnapshot } from '../drafts/outbox-context';

const ICONS = { saved: 'check', saving: 'spinner', offline: 'alert', attention: 'alert' } as const;

/** Tersimpan / Menyimpan… / Luring / Perlu dicek: the state of what this phone has typed, read out when it changes. */
export const OutboxStatus = () => {
  const t = useParticipantT();
  const { status } = useOutboxSnapshot();
  return (
    <p className={`p-status is-${status}`} data-save-state={status}>
      <Icon name={ICONS[status]} className={status === 'saving' ? 'spin' : undefined} />
      <span role="status">{t(`participant.status.${status}`)}</span>
    </p>
  );
};
