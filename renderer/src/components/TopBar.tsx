import type { ReactNode } from 'react';
import { hrefFor } from '../app/route';
import { useT } from '../i18n/i18n-context';
import { LanguageSwitch } from './LanguageSwitch';
import { ProjectorToggle } from './ProjectorToggle';

interface TopBarProps {
  /** The opened workshop's title, when there is one. */
  title?: string | undefined;
  /** Save indicator, undo/redo, the session timer: what belongs to the opened workshop. */
  tools?: ReactNode;
  /** While a worksheet is presented: only the workshop's tools, no language or projector switch. */
  compact?: boolean;
}

export const TopBar = ({ title, tools, compact = false }: TopBarProps) => {
  const t = useT();
  return (
    <header className={`topbar${title ? ' has-title' : ''}`}>
      <a className="topbar-brand" href={hrefFor({ screen: 'home' })} aria-label={t('topbar.homeLink')}>
        <span className="topbar-logo" aria-hidden="true">
          MSC
        </span>
        <span className="topbar-app">{t('app.name')}</span>
      </a>
      {title ? (
        <p className="topbar-title" title={title}>
          <span className="visually-hidden">{t('topbar.openedWorkshop')}: </span>
          {title}
        </p>
      ) : (
        <span className="topbar-spacer" />
      )}
      <div className="topbar-tools">
        {tools}
        {compact ? null : (
          <>
            <LanguageSwitch />
            <ProjectorToggle />
          </>
        )}
      </div>
    </header>
  );
};
