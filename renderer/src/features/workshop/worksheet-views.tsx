import { lazy, Suspense, useEffect, useState, type ComponentType } from 'react';
import type { WorksheetId } from '../../../../shared/logic';
import { LOADED, LOADERS, loadWorksheet, prefetchTheRest } from './worksheet-loaders';

export { DEFAULT_WORKSHEET, preloadWorksheet, preloadWorksheetNamed } from './worksheet-loaders';

/** Rendered beside a worksheet inside its Suspense boundary, so it commits only once the worksheet is on screen. */
const PrefetchTheRest = () => {
  useEffect(prefetchTheRest, []);
  return null;
};

const lazyView = (id: WorksheetId): ComponentType => {
  const View = lazy(async () => ({ default: await loadWorksheet(id) }));
  const Shown = () => {
    // Chosen once per mount: switching from `View` to the loaded component later would remount the worksheet.
    const [Loaded] = useState(() => LOADED.get(id));
    return (
      <Suspense fallback={<div className="worksheet-loading" aria-busy="true" />}>
        {Loaded ? <Loaded /> : <View />}
        <PrefetchTheRest />
      </Suspense>
    );
  };
  return Shown;
};

/** What each worksheet shows; every feature folder's index.ts exports its worksheet component. */
export const WORKSHEET_VIEWS = Object.fromEntries((Object.keys(LOADERS) as WorksheetId[]).map((id) => [id, lazyView(id)])) as Record<WorksheetId, ComponentType>;
