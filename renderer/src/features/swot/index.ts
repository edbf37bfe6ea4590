/** The swot worksheet as the workshop screen shows it. */
export { SwotSummary as SwotWorksheet } from './SwotSummary';
