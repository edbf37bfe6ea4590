import type { Handlers } from '../../../shared/contract';
import type { WorkshopStore } from '../store/workshop-store';
import { ExcelService } from './excel-service';

export { ExcelService } from './excel-service';
export { writeWorkbook } from './workbook-writer';
export { readSheetRows } from './sheet-rows';

type ExcelHandlers = Pick<Handlers, 'excel.export' | 'excel.previewProgramImport' | 'excel.importPrograms'>;

/** The contract's excel.* methods (facilitator only: not on the LAN participants' allow-list). */
export const createExcelHandlers = (store: WorkshopStore, now: () => Date): ExcelHandlers => {
  const excel = new ExcelService(store, now);
  return {
    'excel.export': (input) => excel.exportWorkbook(input.workshopId),
    'excel.previewProgramImport': (input) => excel.preview(input),
    'excel.importPrograms': (input) => excel.importPrograms(input),
  };
};
