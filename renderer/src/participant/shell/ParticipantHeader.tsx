import type { ReactNode } from 'react';
import { LanguageSwitch } from '../../components/LanguageSwitch';
import { useParticipantT } from '../i18n/participant-catalogue';

interface Props {
  /** Who is joined ("Sari Dewi · Diskominfo"), once joined. */
  who?: { name: string; opd: string; label: string } | undefined;
  /** The saved/connection state. */
  status?: ReactNode;
}

/**
 * The phone's header: one dark bar that always fits — the app's mark, who is joined, saved state, language;
 * the participant's OPD or FGD group on a second line of its own, shown whole even on a 360 px phone.
 */
export const ParticipantHeader = ({ who, status }: Props) => {
  const t = useParticipantT();
  return (
    <header className="p-header">
      <span className="p-header-logo" aria-hidden="true">
        MSC
      </span>
      {who ? (
        // The name takes up to two lines (the whole badge on hover); the OPD or group gets a line of its own, whole.
        <p className="p-header-who" aria-label={who.label}>
          <span className="p-header-name" title={who.label}>
            {who.name}
          </span>
          <span className="visually-hidden"> — </span>
          <span className="p-header-opd">{who.opd}</span>
        </p>
      ) : (
        <p className="p-header-who">
          <span className="p-header-name">{t('app.name')}</span>
        </p>
      )}
      {status}
      <LanguageSwitch />
    </header>
  );
};
