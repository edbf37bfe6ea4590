/** The rpjmd-mapping worksheet as the workshop screen shows it. */
export { RpjmdMappingSummary as RpjmdMappingWorksheet } from './RpjmdMappingSummary';
