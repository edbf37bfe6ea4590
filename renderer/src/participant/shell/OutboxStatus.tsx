import { Icon } from '../../components/Icon';
import { useT } from '../../i18n/i18n-context';
import { useOutboxSnapshot } from '../drafts/outbox-context';

const ICONS = { saved: 'check', saving: 'spinner', offline: 'alert', attention: 'alert' } as const;

/** Tersimpan / Menyimpan… / Luring / Perlu dicek: the state of what this phone has typed, read out when it changes. */
export const OutboxStatus = () => {
  const t = useT();
  const { status } = useOutboxSnapshot();
  return (
    <p className={`p-status is-${status}`} data-save-state={status}>
      <Icon name={ICONS[status]} className={status === 'saving' ? 'spin' : undefined} />
      <span role="status">{t(`participant.status.${status}`)}</span>
    </p>
  );
};
