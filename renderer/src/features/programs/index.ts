/** The programs worksheet as the workshop screen shows it. */
export { ProgramsWorksheet } from './ProgramsWorksheet';
