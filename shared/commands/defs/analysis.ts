import { GapAnalysisSchema, RegionalIssueSchema, SwotItemSchema, TowsStrategySchema } from '../../model';
import { towsStoredProblem } from '../../logic/tows';
import { checkDimensionRef } from '../integrity';
import { collectionCommands, topCollection } from './collection-def';

/*
 * The analysis worksheets (Tahap II): regional issues, SWOT factors, TOWS strategies and the gap
 * analysis, each tied to a dimension. Programs list issues and TOWS strategies list SWOT factors
 * as sources; removing one of those leaves the link to be cleaned by its worksheet (see the
 * report on issue 11: the weak links are not yet refused).
 */

export const IssueCollection = topCollection('issues', 'issue', RegionalIssueSchema, (w, i) => checkDimensionRef(w, i.dimensionId));
export const SwotItemCollection = topCollection('swotItems', 'swotItem', SwotItemSchema, (w, i) => checkDimensionRef(w, i.dimensionId));
export const TowsStrategyCollection = topCollection('towsStrategies', 'towsStrategy', TowsStrategySchema, (w, i) => checkDimensionRef(w, i.dimensionId) ?? towsStoredProblem(w, i));
export const GapAnalysisCollection = topCollection('gapAnalyses', 'gapAnalysis', GapAnalysisSchema, (w, i) => checkDimensionRef(w, i.dimensionId));

export const analysisDefs = {
  ...collectionCommands('Issue', IssueCollection),
  ...collectionCommands('SwotItem', SwotItemCollection),
  ...collectionCommands('TowsStrategy', TowsStrategyCollection),
  ...collectionCommands('GapAnalysis', GapAnalysisCollection),
};
