export { WorksheetTimer } from './WorksheetTimer';
export { ProgressDialog } from './ProgressDialog';
export { PresentButton, StopPresentingButton } from './PresentButton';
