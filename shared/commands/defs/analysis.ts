import { GapAnalysisSchema, ProgramSchema, RegionalIssueSchema, SwotItemSchema, TowsStrategySchema } from '../../model';
import { towsStoredProblem } from '../../logic/tows';
import { checkDimensionRef } from '../integrity';
import { collectionCommands, reference, softReference, topCollection, type Reference } from './collection-def';
import { cardRemoveAccess, cardUpsertAccess } from './room-access';

/*
 * The analysis worksheets (Tahap II): regional issues, SWOT factors, TOWS strategies and the gap
 * analysis, each tied to a dimension. Programs list issues, and TOWS strategies list SWOT factors,
 * as sources: removing an issue or a factor that something points at is refused (AppError
 * 'conflict', reason item.stillReferenced naming them by count) unless the command says
 * `cascade: true` (the user agreed): then the link is taken out of each program or strategy, which
 * stay; the inverse (a batch) brings the item and every link back in one undo step. A program's links
 * to the SWOT factors and TOWS strategies it answers never hold a removal up: they are taken out
 * with it (and come back on undo).
 */

export const IssueCollection = topCollection('issues', 'issue', RegionalIssueSchema, (w, i) => checkDimensionRef(w, i.dimensionId));
export const SwotItemCollection = topCollection('swotItems', 'swotItem', SwotItemSchema, (w, i) => checkDimensionRef(w, i.dimensionId));
export const TowsStrategyCollection = topCollection('towsStrategies', 'towsStrategy', TowsStrategySchema, (w, i) => checkDimensionRef(w, i.dimensionId) ?? towsStoredProblem(w, i));
export const GapAnalysisCollection = topCollection('gapAnalyses', 'gapAnalysis', GapAnalysisSchema, (w, i) => checkDimensionRef(w, i.dimensionId));
/** Programs, seen from the analysis (the program family's own spec lives in programs.ts, which imports this file's neighbours). */
const ProgramsPointing = topCollection('programs', 'program', ProgramSchema);

export const ISSUE_REFERENCES: readonly Reference[] = [
  reference('Program', ProgramsPointing, 'program', (p, id) => p.issueIds.includes(id), (p, id) => ({ ...p, issueIds: p.issueIds.filter((x) => x !== id) })),
];
export const SWOT_ITEM_REFERENCES: readonly Reference[] = [
  reference(
    'TowsStrategy',
    TowsStrategyCollection,
    'towsStrategy',
    (t, id) => t.sourceItemIds.includes(id),
    (t, id) => ({ ...t, sourceItemIds: t.sourceItemIds.filter((x) => x !== id) }),
  ),
  softReference('Program', ProgramsPointing, 'program', (p, id) => p.swotItemIds.includes(id), (p, id) => ({ ...p, swotItemIds: p.swotItemIds.filter((x) => x !== id) })),
];
/** Programs that answer a TOWS strategy lose the link when it goes (undo brings it back). */
export const TOWS_STRATEGY_REFERENCES: readonly Reference[] = [
  softReference('Program', ProgramsPointing, 'program', (p, id) => p.towsStrategyIds.includes(id), (p, id) => ({ ...p, towsStrategyIds: p.towsStrategyIds.filter((x) => x !== id) })),
];

export const analysisDefs = {
  // Cards: FGD groups write their own in their dimension (see room-access.ts).
  ...collectionCommands('Issue', IssueCollection, { references: ISSUE_REFERENCES, upsertAccess: cardUpsertAccess('issue'), removeAccess: cardRemoveAccess('issue') }),
  ...collectionCommands('SwotItem', SwotItemCollection, { references: SWOT_ITEM_REFERENCES, upsertAccess: cardUpsertAccess('swotItem'), removeAccess: cardRemoveAccess('swotItem') }),
  ...collectionCommands('TowsStrategy', TowsStrategyCollection, { references: TOWS_STRATEGY_REFERENCES }),
  ...collectionCommands('GapAnalysis', GapAnalysisCollection, { upsertAccess: cardUpsertAccess('gapAnalysis'), removeAccess: cardRemoveAccess('gapAnalysis') }),
};
