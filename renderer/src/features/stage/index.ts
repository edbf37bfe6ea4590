export { StageScreen } from './StageScreen';
export { StageEntryButton } from './StageEntryButton';
export { stageMessages } from './messages';
