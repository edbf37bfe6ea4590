/** The vision worksheet as the workshop screen shows it. */
export { VisionWorksheet } from './VisionWorksheet';
