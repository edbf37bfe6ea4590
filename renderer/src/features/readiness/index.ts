/** The readiness worksheet as the workshop screen shows it. */
export { ReadinessSummary as ReadinessWorksheet } from './ReadinessSummary';
