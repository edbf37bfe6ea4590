/** The programs worksheet as the workshop screen shows it. */
export { ProgramsSummary as ProgramsWorksheet } from './ProgramsSummary';
