import { defineMessages } from '../../i18n/define-messages';

/** Strings of the innovation worksheet (keys start with "innovation."). */
export const innovationMessages = defineMessages({
  'innovation.lead': 'Untuk tiap program: jenis inovasinya (berbasis TIK atau bukan) dan uraian singkat apa yang baru. Perubahan langsung tersimpan.',
  'innovation.onlyMissing': 'Hanya program yang inovasinya belum lengkap',
  'innovation.dimensionCount': '{count} program',
  'innovation.dimensionMissing': '{count} belum lengkap',
  'innovation.noPrograms': 'Belum ada program pada dimensi ini.',
  'innovation.allComplete': 'Semua program pada dimensi ini sudah memiliki jenis dan uraian inovasi.',
  'innovation.emptyStart': 'Belum ada program. Tambahkan program di kertas kerja Matriks Program terlebih dulu.',
  'innovation.typeOf': 'Jenis inovasi {code}',
  'innovation.descriptionOf': 'Uraian inovasi {code}',
  'innovation.descriptionPlaceholder': 'Apa yang baru: aplikasi, aturan, cara kerja, atau gerakan warga',
  'innovation.showAll': 'Tampilkan {remaining} program lainnya',
  'innovation.program': 'Program',
});
