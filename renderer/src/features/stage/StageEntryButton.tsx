import { useMemo } from 'react';
import type { WorksheetId } from '../../../../shared/logic';
import { hrefFor } from '../../app/route';
import { useT } from '../../i18n/i18n-context';
import { useWorkshop } from '../../session/session-context';
import { TimerIcon } from '../facilitator/TimerIcon';
import { entryViewFor, stageViews, viewSlug } from './stage-views';

/**
 * "Presentasikan" on a worksheet: opens the stage at that worksheet's first view, full screen
 * where the browser or the desktop shell allows it (asked inside the click, as the API requires).
 */
export const StageEntryButton = ({ worksheetId }: { worksheetId: WorksheetId }) => {
  const t = useT();
  const workshop = useWorkshop();
  const entry = useMemo(() => entryViewFor(stageViews(workshop), worksheetId), [workshop, worksheetId]);
  const href = hrefFor({ screen: 'stage', workshopId: workshop.id, view: entry ? viewSlug(entry) : null });
  const goFullscreen = () => {
    if (document.fullscreenEnabled && !document.fullscreenElement) void document.documentElement.requestFullscreen({ navigationUI: 'hide' }).catch(() => undefined);
  };
  return (
    <a className="btn btn-secondary btn-small btn-present" href={href} onClick={goFullscreen} title={t('stage.enterHint')}>
      <TimerIcon name="present" />
      <span>{t('stage.enter')}</span>
    </a>
  );
};
