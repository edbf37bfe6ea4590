/** The swot worksheet as the workshop screen shows it. */
export { SwotWorksheet } from './SwotWorksheet';
