/** The polls worksheet as the workshop screen shows it. */
export { PollsWorksheet } from './PollsWorksheet';
