export { ReferenceDataWorksheet } from './ReferenceDataWorksheet';
