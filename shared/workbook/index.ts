export * from './model';
export * from './workbook';
export * from './program-columns';
export * from './program-cells';
export { programSheet, programSheetColumns } from './program-sheet';
