/** The undo/redo notice is worded with the change log's words (features/history/word-change.ts). */
export { regionFieldLabel, wordPlace, wordStep, wordUndoRedo } from '../history/word-change';
