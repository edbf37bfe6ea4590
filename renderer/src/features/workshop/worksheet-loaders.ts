import type { ComponentType } from 'react';
import type { WorksheetId } from '../../../../shared/logic';

/*
 * The worksheets' chunks, without React (a type import only): the entry (main.tsx) preloads the one
 * the URL names before React or the app has arrived, so it must not wait for them. worksheet-views.tsx
 * renders them.
 */

/**
 * Each worksheet is its own chunk, loaded when first shown: the home screen never loads the
 * worksheets, and the rich-text editor (tiptap/ProseMirror, used by the vision and the sections)
 * comes only with them. Over a hotspot this keeps the first screen small.
 */
export const LOADERS: Record<WorksheetId, () => Promise<ComponentType>> = {
  profil: () => import('../region-profile/RegionProfileWorksheet').then((m) => m.RegionProfileWorksheet),
  'data-rujukan': () => import('../reference-data').then((m) => m.ReferenceDataWorksheet),
  pelaksanaan: () => import('../bimtek').then((m) => m.BimtekWorksheet),
  kesiapan: () => import('../readiness').then((m) => m.ReadinessWorksheet),
  isu: () => import('../issues').then((m) => m.IssuesWorksheet),
  swot: () => import('../swot').then((m) => m.SwotWorksheet),
  kesenjangan: () => import('../gap').then((m) => m.GapWorksheet),
  'jajak-pendapat': () => import('../polls').then((m) => m.PollsWorksheet),
  visi: () => import('../vision').then((m) => m.VisionWorksheet),
  program: () => import('../programs').then((m) => m.ProgramsWorksheet),
  usulan: () => import('../proposals').then((m) => m.ProposalsWorksheet),
  'pemetaan-rpjmd': () => import('../rpjmd-mapping').then((m) => m.RpjmdMappingWorksheet),
  inovasi: () => import('../innovation').then((m) => m.InnovationWorksheet),
  roadmap: () => import('../roadmap').then((m) => m.RoadmapWorksheet),
  'quick-win': () => import('../quick-wins').then((m) => m.QuickWinsWorksheet),
  komitmen: () => import('../commitment').then((m) => m.CommitmentWorksheet),
  bagian: () => import('../sections').then((m) => m.SectionsWorksheet),
};

/**
 * The worksheets whose code has arrived. A worksheet already here is rendered as is, not through
 * `lazy`: a lazy component suspends on its first render even when its chunk is loaded, and React
 * then holds the content back until 300 ms after the fallback was shown (its Suspense throttle),
 * which delayed the first matrix row by ~200 ms on every load.
 */
export const LOADED = new Map<WorksheetId, ComponentType>();

export const loadWorksheet = (id: WorksheetId): Promise<ComponentType> =>
  LOADERS[id]().then((View) => {
    LOADED.set(id, View);
    return View;
  });

/** The worksheet a workshop opens on when the URL names none. */
export const DEFAULT_WORKSHEET: WorksheetId = 'profil';

/**
 * Starts fetching a worksheet's chunk now (the one the URL names, while the app starts and the
 * workshop is on its way), so it is not asked for only once the workshop has arrived. Settles (never
 * rejects) once the worksheet's code is there or failed to arrive.
 */
export const preloadWorksheet = (id: WorksheetId): Promise<void> => loadWorksheet(id).then(() => undefined, () => undefined);

/** `preloadWorksheet` for a name read from the URL (null when it names no worksheet). */
export const preloadWorksheetNamed = (name: string): Promise<void> | null => (Object.hasOwn(LOADERS, name) ? preloadWorksheet(name as WorksheetId) : null);

let prefetched = false;
/** Once a worksheet is on screen, the others are fetched while the browser is idle, so moving between them never waits. */
export const prefetchTheRest = (): void => {
  if (prefetched) return;
  prefetched = true;
  const run = () => {
    for (const id of Object.keys(LOADERS) as WorksheetId[]) void loadWorksheet(id).catch(() => undefined);
  };
  if (typeof window.requestIdleCallback === 'function') window.requestIdleCallback(run, { timeout: 3000 });
  else window.setTimeout(run, 500);
};
