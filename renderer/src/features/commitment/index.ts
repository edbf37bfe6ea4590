/** The commitment worksheet as the workshop screen shows it. */
export { CommitmentWorksheet } from './CommitmentWorksheet';
