export * from './model';
export { buildMasterplanDocument, printedChapters } from './build';
export type { BuildOptions } from './context';
export { DEFAULT_LABELS, SCORE_LABELS, type DocumentLabels } from './labels';
export * from './outline';
export { roadmapGantt, dimensionMindmap, quickWinQuadrant, validateDiagramSource, diagramText, DiagramSourceError } from './diagrams';
export { richDocBlocks, blocksOf } from './rich-text';
export { cleanText, cleanLine } from './text';
export { formatRupiah, formatInteger, formatDecimal, formatDate, formatYearRanges, toRoman } from './format';
