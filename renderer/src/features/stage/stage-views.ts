import type { WorksheetId } from '../../../../shared/logic';
import type { Dimension, Workshop } from '../../../../shared/model';

/**
 * The stage's views, in the order of the Bimtek: one idea per view, the dimension worksheets
 * paged per dimension. Each view knows the worksheet it shows, so Escape returns there and the
 * timer in the corner is that worksheet's.
 */
export type StageView =
  | { kind: 'kesiapan' }
  | { kind: 'isu'; dimension: Dimension }
  | { kind: 'swot'; dimension: Dimension }
  | { kind: 'tows'; dimension: Dimension }
  | { kind: 'kesenjangan' }
  | { kind: 'visi' }
  | { kind: 'misi' }
  | { kind: 'tujuan' }
  | { kind: 'program' }
  | { kind: 'quick-win' }
  | { kind: 'roadmap'; dimension: Dimension }
  | { kind: 'komitmen' }
  | { kind: 'jajak'; pollId: string; title: string };

export type StageViewKind = StageView['kind'];

const WORKSHEET_OF: Record<StageViewKind, WorksheetId> = {
  kesiapan: 'kesiapan',
  isu: 'isu',
  swot: 'swot',
  tows: 'swot',
  kesenjangan: 'kesenjangan',
  visi: 'visi',
  misi: 'visi',
  tujuan: 'visi',
  program: 'program',
  'quick-win': 'quick-win',
  roadmap: 'roadmap',
  komitmen: 'komitmen',
  jajak: 'jajak-pendapat',
};

export const worksheetOfView = (view: StageView): WorksheetId => WORKSHEET_OF[view.kind];

/** The view's place in the URL: #/lokakarya/<id>/panggung/<slug>. */
export const viewSlug = (view: StageView): string => ('dimension' in view ? `${view.kind}-${view.dimension.id}` : 'pollId' in view ? `${view.kind}-${view.pollId}` : view.kind);

/**
 * Where the views come from. Each source turns the workshop into zero or more views, so a
 * source may list views only when there is something to show: live poll results will be a
 * source here that returns one view per open or revealed poll, and none while there is no poll.
 */
type StageSource = (w: Workshop) => StageView[];

const perDimension =
  (kind: 'isu' | 'swot' | 'tows' | 'roadmap'): StageSource =>
  (w) =>
    w.dimensionSet.dimensions.map((dimension) => ({ kind, dimension }));

const single =
  (kind: 'kesiapan' | 'kesenjangan' | 'visi' | 'misi' | 'tujuan' | 'program' | 'quick-win' | 'komitmen'): StageSource =>
  () => [{ kind }];

const STAGE_SOURCES: readonly StageSource[] = [
  single('kesiapan'),
  perDimension('isu'),
  perDimension('swot'),
  perDimension('tows'),
  single('kesenjangan'),
  single('visi'),
  single('misi'),
  single('tujuan'),
  single('program'),
  perDimension('roadmap'),
  single('quick-win'),
  single('komitmen'),
  // Live poll results: one view per open or revealed poll (features/polls/PollStageView).
  (w) => w.polls.filter((p) => p.status === 'open' || p.revealed).map((p) => ({ kind: 'jajak' as const, pollId: p.id, title: p.title })),
];

export const stageViews = (w: Workshop): StageView[] => STAGE_SOURCES.flatMap((source) => source(w));

/** Worksheets whose content the stage shows through another worksheet's views. */
const ENTRY_KIND: Partial<Record<WorksheetId, StageViewKind>> = {
  kesiapan: 'kesiapan',
  isu: 'isu',
  swot: 'swot',
  kesenjangan: 'kesenjangan',
  visi: 'visi',
  program: 'program',
  usulan: 'program',
  'pemetaan-rpjmd': 'program',
  inovasi: 'program',
  roadmap: 'roadmap',
  'quick-win': 'quick-win',
  komitmen: 'komitmen',
  'jajak-pendapat': 'jajak',
};

/** The view a worksheet's "Presentasikan" opens: its own first view, or the first of all. */
export const entryViewFor = (views: readonly StageView[], worksheetId: WorksheetId): StageView | undefined => {
  const kind = ENTRY_KIND[worksheetId];
  return (kind ? views.find((v) => v.kind === kind) : undefined) ?? views[0];
};
