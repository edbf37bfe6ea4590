/** The rpjmd-mapping worksheet as the workshop screen shows it. */
export { RpjmdMappingWorksheet } from './RpjmdMappingWorksheet';
