/** The innovation worksheet as the workshop screen shows it. */
export { InnovationSummary as InnovationWorksheet } from './InnovationSummary';
