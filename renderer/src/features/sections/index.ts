/** The sections worksheet as the workshop screen shows it. */
export { SectionsWorksheet } from './SectionsWorksheet';
