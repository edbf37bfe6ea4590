/** The innovation worksheet as the workshop screen shows it. */
export { InnovationWorksheet } from './InnovationWorksheet';
