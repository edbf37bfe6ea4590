/** The Pelaksanaan Bimtek worksheet as the workshop screen shows it. */
export { BimtekWorksheet } from './BimtekWorksheet';
