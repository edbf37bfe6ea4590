export { HistoryScreen } from './HistoryScreen';
export { HISTORY_PAGE } from './route';
export { RestoreDialog } from './RestoreDialog';
export { SnapshotSummary } from './SnapshotSummary';
export { reasonLabel } from './snapshot-facts';
export { historyMessages } from './messages';
export { useLoaded } from './use-loaded';
