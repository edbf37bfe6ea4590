export { ExportScreen } from './ExportScreen';
export { PREVIEW_PAGE } from './route';
