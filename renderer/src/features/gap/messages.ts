import { defineMessages } from '../../i18n/define-messages';

/** Strings of the gap worksheet (keys start with "gap."). */
export const gapMessages = defineMessages({
  'gap.formLegend': 'Analisis kesenjangan per dimensi',
  'gap.groupRows.title': 'Baris kesenjangan dari kelompok ({count})',
  'gap.groupRows.label': 'baris kesenjangan {dimension} {number}',
  'gap.intro':
    'Untuk tiap dimensi, tuliskan kondisi saat ini, kondisi yang diharapkan (mengacu pada visi daerah atau target nasional seperti RPJMN dan SPBE), dan kesenjangan di antara keduanya. Teks tersimpan sendiri saat Anda berhenti mengetik.',
  'gap.progress': '{done} dari {total} dimensi sudah memiliki kondisi saat ini dan kondisi yang diharapkan.',
  'gap.dimension.complete': 'Lengkap',
  'gap.dimension.incomplete': 'Belum lengkap',
  'gap.field.current': 'Kondisi saat ini',
  'gap.field.currentHint': 'Apa yang sudah ada dan berjalan, dengan data dukung.',
  'gap.field.target': 'Kondisi yang diharapkan',
  'gap.field.targetHint': 'Sasaran di akhir masa rencana, sesuai visi atau target nasional.',
  'gap.field.gap': 'Kesenjangan',
  'gap.field.gapHint': 'Apa yang kurang untuk mencapai kondisi yang diharapkan.',
  'gap.orphans.title': 'Analisis untuk dimensi yang sudah tidak ada',
  'gap.orphans.lead': 'Dimensi berikut sudah dihapus dari set dimensi lokakarya ini. Teksnya tetap tersimpan dan ditampilkan di sini agar dapat disalin.',
});
