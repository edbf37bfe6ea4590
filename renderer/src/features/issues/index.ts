/** The issues worksheet as the workshop screen shows it. */
export { IssuesSummary as IssuesWorksheet } from './IssuesSummary';
