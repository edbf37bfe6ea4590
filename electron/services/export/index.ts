export { writeMasterplanDocx, type DocxOptions } from './docx-writer';
export type { DiagramPicture } from './context';
export { PAPER, type PaperSize } from './page';
export { COVER_LOGO_PICTURE_ID, coverLogoSvg } from '../../../shared/document/image';
