/** The gap worksheet as the workshop screen shows it. */
export { GapWorksheet } from './GapWorksheet';
