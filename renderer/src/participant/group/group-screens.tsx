/* The group member's screens, one lazy chunk (screens.tsx). */
export { GapScreen, IssuesScreen, SwotScreen } from './card-screens';
export { ProposalsScreen } from './proposal-screens';
