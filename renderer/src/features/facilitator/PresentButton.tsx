import { useProjectorMode } from '../../app/projector-mode';
import { useT } from '../../i18n/i18n-context';
import { TimerIcon } from './TimerIcon';

/** Shows the current worksheet alone, in large type, for the room; Escape comes back. */
export const PresentButton = () => {
  const t = useT();
  const { presenting, present } = useProjectorMode();
  if (presenting) return null;
  return (
    <button type="button" className="btn btn-secondary btn-small btn-present" onClick={present} title={t('facilitator.present.hint')}>
      <TimerIcon name="present" />
      <span>{t('facilitator.present.start')}</span>
    </button>
  );
};

/** In the top bar while presenting: the way back besides Escape. */
export const StopPresentingButton = () => {
  const t = useT();
  const { stopPresenting } = useProjectorMode();
  return (
    <button type="button" className="btn btn-toolbar btn-stop-presenting" onClick={stopPresenting} aria-keyshortcuts="Escape" title={t('facilitator.present.stopHint')}>
      <TimerIcon name="exit" />
      <span>{t('facilitator.present.stop')}</span>
    </button>
  );
};
