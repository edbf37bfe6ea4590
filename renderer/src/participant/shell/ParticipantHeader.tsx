import type { ReactNode } from 'react';
import { LanguageSwitch } from '../../components/LanguageSwitch';
import { useParticipantT } from '../i18n/participant-catalogue';

interface Props {
  /** Who is joined ("Sari Dewi · Diskominfo"), once joined. */
  who?: { name: string; opd: string; label: string } | undefined;
  /** The saved/connection state. */
  status?: ReactNode;
}

/** The phone's header: one dark bar that always fits — the app's mark, who is joined, saved state, language. */
export const ParticipantHeader = ({ who, status }: Props) => {
  const t = useParticipantT();
  return (
    <header className="p-header">
      <span className="p-header-logo" aria-hidden="true">
        MSC
      </span>
      {who ? (
        <p className="p-header-who" aria-label={who.label} title={who.label}>
          <span className="p-header-name">{who.name}</span>
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
