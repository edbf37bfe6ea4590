import { Icon } from '../../components/Icon';
import { useParticipantT } from '../i18n/participant-catalogue';
import { useOutboxSnapshot } from '../drafts/outbox-context';
import type { OutboxStatus as Status } from '../drafts/outbox';
import { useSessionSnapshot } from '../../session/session-context';

const ICONS = { saved: 'check', saving: 'spinner', offline: 'alert', attention: 'alert' } as const;

/**
 * What this phone has not yet delivered: its drafts (cards, sections, programs) and the commands sent
 * straight through the session (a ballot, Selesai). A ballot sent while the Wi-Fi is down is not
 * "Tersimpan" until the server has it.
 */
export const useDeliveryStatus = (): Status => {
  const drafts = useOutboxSnapshot().status;
  const { save } = useSessionSnapshot();
  if (drafts === 'attention') return 'attention';
  if (drafts === 'offline' || save.kind === 'error') return 'offline';
  if (drafts === 'saving' || save.kind === 'saving') return 'saving';
  return 'saved';
};

/** Tersimpan / Menyimpan… / Luring / Perlu dicek: the state of what this phone has typed or sent, read out when it changes. */
export const OutboxStatus = () => {
  const t = useParticipantT();
  const status = useDeliveryStatus();
  return (
    <p className={`p-status is-${status}`} data-save-state={status}>
      <Icon name={ICONS[status]} className={status === 'saving' ? 'spin' : undefined} />
      <span role="status">{t(`participant.status.${status}`)}</span>
    </p>
  );
};
