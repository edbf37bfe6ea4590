/** The readiness worksheet as the workshop screen shows it. */
export { ReadinessWorksheet } from './ReadinessWorksheet';
