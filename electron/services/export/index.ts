export { writeMasterplanDocx, type DocxOptions } from './docx-writer';
export type { DiagramPicture } from './context';
export { PAPER, type PaperSize } from './page';
