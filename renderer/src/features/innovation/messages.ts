import { defineMessages } from '../../i18n/define-messages';

/** Strings of the innovation worksheet (keys start with "innovation."). */
export const innovationMessages = defineMessages(
  {
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
  },
  {
    'innovation.lead': 'For each program: the kind of innovation (ICT-based or not) and a short description of what is new. Changes are saved at once.',
    'innovation.onlyMissing': 'Only programs whose innovation is incomplete',
    'innovation.dimensionCount': '{count, plural, one {# program} other {# programs}}',
    'innovation.dimensionMissing': '{count} incomplete',
    'innovation.noPrograms': 'No programs in this dimension yet.',
    'innovation.allComplete': 'Every program in this dimension has a kind and a description of its innovation.',
    'innovation.emptyStart': 'No programs yet. Add programs in the Program Matrix worksheet first.',
    'innovation.typeOf': 'Kind of innovation {code}',
    'innovation.descriptionOf': 'Innovation description {code}',
    'innovation.descriptionPlaceholder': 'What is new: an application, a rule, a way of working, or a citizen movement',
    'innovation.showAll': 'Show {remaining, plural, one {# more program} other {# more programs}}',
    'innovation.program': 'Program',
  },
);
