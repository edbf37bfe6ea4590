/** The Riwayat page of a workshop: #/lokakarya/<id>/riwayat (beside the worksheets, not one of them). */
export const HISTORY_PAGE = 'riwayat';
