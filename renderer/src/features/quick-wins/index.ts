/** The quick-wins worksheet as the workshop screen shows it. */
export { QuickWinsSummary as QuickWinsWorksheet } from './QuickWinsSummary';
