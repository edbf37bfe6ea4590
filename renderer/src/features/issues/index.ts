/** The issues worksheet as the workshop screen shows it. */
export { IssuesWorksheet } from './IssuesWorksheet';
