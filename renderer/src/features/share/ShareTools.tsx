import { useEffect, useId, useRef, useState } from 'react';
import type { ShareStatus } from '../../../../shared/contract';
import { useApi } from '../../api/api-context';
import { Icon } from '../../components/Icon';
import { useT } from '../../i18n/i18n-context';
import { useSession } from '../../session/session-context';
import { ExportPackageDialog, ReturnPackageDialog } from './HandoffDialogs';
import { MergePackageDialog } from './MergePackageDialog';
import { ShareDialog } from './ShareDialog';
import './share.css';

type Open = 'share' | 'export' | 'merge' | 'return' | null;

/** Whether this workshop is the facilitator's own or an OPD head's copy opened from a package. */
type Origin = 'unknown' | 'facilitator' | 'copy';

/**
 * The workshop's top-bar tools for working with OPDs: "Bagikan" (the room's network) and the
 * "Paket OPD" menu (hand-off packages out and back in; in an OPD head's copy, the way back).
 */
export const ShareTools = () => {
  const t = useT();
  const api = useApi();
  const session = useSession();
  const workshopId = session.workshopId;
  const [open, setOpen] = useState<Open>(null);
  const [menuOpen, setMenuOpen] = useState(false);
  const [status, setStatus] = useState<ShareStatus | null>(null);
  const [origin, setOrigin] = useState<Origin>('unknown');
  const menuId = useId();
  const menuButton = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLDivElement>(null);

  useEffect(() => {
    let live = true;
    api['handoff.localCopy']({ workshopId }).then(
      (answer) => live && setOrigin(answer.copy ? 'copy' : 'facilitator'),
      () => live && setOrigin('facilitator'),
    );
    api['share.status']({}).then(
      (answer) => live && setStatus(answer),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [api, workshopId]);

  // A click elsewhere closes the menu.
  useEffect(() => {
    if (!menuOpen) return;
    const close = (event: MouseEvent) => {
      if (event.target instanceof Node && !menu.current?.contains(event.target)) setMenuOpen(false);
    };
    document.addEventListener('mousedown', close);
    return () => document.removeEventListener('mousedown', close);
  }, [menuOpen]);

  const choose = (next: Open) => {
    setMenuOpen(false);
    // The dialog gives focus back to whatever had it: the menu's button, which stays on screen.
    menuButton.current?.focus();
    setOpen(next);
  };

  const shared = status?.active === true && status.workshopId === workshopId;
  const items: { id: Exclude<Open, null>; label: string }[] =
    origin === 'copy'
      ? [{ id: 'return', label: t('handoff.return.title') }]
      : [
          { id: 'export', label: t('handoff.export.title') },
          { id: 'merge', label: t('handoff.merge.title') },
        ];

  return (
    <div className="toolbar-group share-tools">
      {origin === 'facilitator' ? (
        <button type="button" className={`btn btn-toolbar${shared ? ' is-sharing' : ''}`} aria-haspopup="dialog" title={t('share.open')} onClick={() => setOpen('share')}>
          <Icon name="broadcast" />
          <span>{shared ? t('share.openActive', { count: status.participantCount }) : t('share.openShort')}</span>
          <span className="visually-hidden">{t('share.openSuffix')}</span>
        </button>
      ) : null}
      <div
        className="handoff-menu"
        ref={menu}
        onKeyDown={(event) => {
          if (event.key === 'Escape' && menuOpen) {
            event.stopPropagation();
            setMenuOpen(false);
            menuButton.current?.focus();
          }
        }}
      >
        <button
          ref={menuButton}
          type="button"
          className="btn btn-toolbar"
          aria-expanded={menuOpen}
          aria-controls={menuId}
          title={t('handoff.menuLabel')}
          disabled={origin === 'unknown'}
          onClick={() => setMenuOpen((was) => !was)}
        >
          <Icon name="package" />
          <span>{t('handoff.menu')}</span>
        </button>
        {menuOpen ? (
          <ul id={menuId} className="handoff-menu-list" aria-label={t('handoff.menuLabel')}>
            {items.map((item) => (
              <li key={item.id}>
                <button type="button" className="handoff-menu-item" onClick={() => choose(item.id)}>
                  {item.label}
                </button>
              </li>
            ))}
          </ul>
        ) : null}
      </div>
      {open === 'share' ? <ShareDialog workshopId={workshopId} onStatus={setStatus} onClose={() => setOpen(null)} /> : null}
      {open === 'export' ? <ExportPackageDialog onClose={() => setOpen(null)} /> : null}
      {open === 'merge' ? <MergePackageDialog onClose={() => setOpen(null)} /> : null}
      {open === 'return' ? <ReturnPackageDialog onClose={() => setOpen(null)} /> : null}
    </div>
  );
};
