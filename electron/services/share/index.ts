export { ShareService, DEFAULT_SHARE_SETTINGS, type ShareSettings, type Participant, type StreamEnd } from './share-service';
export { LiveFeed, type FeedEvent, type FeedListener } from './live-feed';
export { facilitatorEvent, participantEvent, readyEvent } from './live-events';
export type { ShareNetwork } from './network';
export { StaleItemError } from './stale-item';
export { bearerToken } from './tokens';
export { displayJoinCode, JOIN_CODE_ALPHABET, JOIN_CODE_LENGTH } from './join-code';
