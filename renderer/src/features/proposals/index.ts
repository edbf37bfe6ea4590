/** The Usulan worksheet (the groups' program proposals) as the workshop screen shows it. */
export { ProposalsWorksheet } from './ProposalsWorksheet';
