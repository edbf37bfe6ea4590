/** The gap worksheet as the workshop screen shows it. */
export { GapSummary as GapWorksheet } from './GapSummary';
