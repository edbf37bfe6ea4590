/** The commitment worksheet as the workshop screen shows it. */
export { CommitmentSummary as CommitmentWorksheet } from './CommitmentSummary';
