/** The quick-wins worksheet as the workshop screen shows it. */
export { QuickWinsWorksheet } from './QuickWinsWorksheet';
