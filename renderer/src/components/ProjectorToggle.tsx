import { useProjectorMode } from '../app/projector-mode';
import { useT } from '../i18n/i18n-context';
import { Icon } from './Icon';

export const ProjectorToggle = () => {
  const t = useT();
  const { on, toggle } = useProjectorMode();
  return (
    <button type="button" className="btn btn-toolbar" aria-pressed={on} onClick={toggle} aria-label={t('topbar.projector')} title={t('topbar.projectorHint')}>
      <Icon name="projector" />
      <span>{t('topbar.projectorShort')}</span>
    </button>
  );
};
