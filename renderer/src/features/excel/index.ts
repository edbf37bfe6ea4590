export { ExcelExportButton } from './ExcelExportButton';
export { ProgramImportDialog } from './ProgramImportDialog';
export { excelMessages } from './messages';
