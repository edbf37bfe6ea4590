/** The preview and export page of a workshop: #/lokakarya/<id>/pratinjau (beside the worksheets, not one of them). */
export const PREVIEW_PAGE = 'pratinjau';
