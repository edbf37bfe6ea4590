/** The vision worksheet as the workshop screen shows it. */
export { VisionSummary as VisionWorksheet } from './VisionSummary';
