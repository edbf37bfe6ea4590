/** The sections worksheet as the workshop screen shows it. */
export { SectionsSummary as SectionsWorksheet } from './SectionsSummary';
