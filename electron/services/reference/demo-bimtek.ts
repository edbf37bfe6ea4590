import { BimtekRecordSchema, type BimtekRecordInput, type Workshop } from '../../../shared/model';

/**
 * The demo's Pelaksanaan Bimtek: Kabupaten Malang's four Tahap in 2021 (the commitment was signed in Tahap IV on
 * 17 November 2021) with a plausible agenda, mentor and venue, and 30 attendees, some listed by position only.
 */

const MENTOR = 'Dr. Ir. Adi Nugroho, M.T.';
const MENTOR_ROLE = 'Tenaga Ahli Pendamping, Kementerian Komunikasi dan Informatika';

const OPENING = '08.00–08.30 Registrasi peserta';
const CLOSING = '15.30–16.00 Rangkuman hasil dan penutupan';

const STAGES: BimtekRecordInput['stages'] = {
  'tahap-1': {
    startDate: '2021-08-10',
    endDate: '2021-08-11',
    venue: 'Ruang Rapat Anusapati, Kantor Bupati Malang, Kepanjen',
    mentor: MENTOR,
    mentorRole: MENTOR_ROLE,
    agenda: [
      OPENING,
      '08.30–09.00 Pembukaan oleh Sekretaris Daerah Kabupaten Malang',
      '09.00–10.30 Kebijakan Gerakan Menuju 100 Smart City dan tata kelola smart city',
      '10.30–12.00 Analisis kesiapan daerah: struktur, infrastruktur dan suprastruktur',
      '13.00–15.30 FGD isu strategis, SWOT/TOWS dan analisis kesenjangan per dimensi',
      CLOSING,
    ],
    notes: 'Kertas kerja kesiapan dilengkapi data dukung oleh masing-masing OPD paling lambat dua minggu setelah Bimtek.',
  },
  'tahap-2': {
    startDate: '2021-09-14',
    endDate: '2021-09-15',
    venue: 'Aula Bappeda Kabupaten Malang, Kepanjen',
    mentor: MENTOR,
    mentorRole: MENTOR_ROLE,
    agenda: [OPENING, '08.30–10.00 Perumusan visi dan misi smart city', '10.00–12.00 Tujuan, sasaran dan strategi per dimensi', '13.00–15.30 Pemetaan program RPJMD dan Renstra OPD ke enam dimensi', CLOSING],
    notes: 'Bappeda menyelaraskan daftar program dengan RKPD 2022 sebelum Tahap III.',
  },
  'tahap-3': {
    startDate: '2021-10-19',
    endDate: '2021-10-20',
    venue: 'Ruang Rapat Diskominfo Kabupaten Malang, Kepanjen',
    mentor: MENTOR,
    mentorRole: MENTOR_ROLE,
    agenda: [OPENING, '08.30–10.30 Inovasi per program dan peta jalan jangka panjang', '10.30–12.00 Presentasi kandidat quick win per dimensi', '13.00–15.30 Penilaian dan pemilihan quick win', CLOSING],
    notes: '',
  },
  'tahap-4': {
    startDate: '2021-11-16',
    endDate: '2021-11-17',
    venue: 'Pendopo Agung Kabupaten Malang, Malang',
    mentor: MENTOR,
    mentorRole: MENTOR_ROLE,
    agenda: [
      OPENING,
      '08.30–11.00 Reviu naskah masterplan bab per bab',
      '11.00–12.00 Finalisasi rencana aksi quick win',
      '13.00–14.00 Penandatanganan Komitmen Bersama oleh Bupati dan Kepala OPD',
      '14.00–15.30 Persiapan paparan kepada Kementerian Komunikasi dan Informatika',
      CLOSING,
    ],
    notes: 'Naskah final diserahkan kepada Kementerian Komunikasi dan Informatika paling lambat 10 Desember 2021.',
  },
};

type Row = [name: string, title: string, opdId: string | null, group: string, stages: string];

/** Name (may be empty), title, OPD, group, and the Tahap attended ("1234"). */
const ROWS: Row[] = [
  ['Wahyu Hidayat', 'Sekretaris Daerah', 'setda', 'Dewan Smart City', '14'],
  ['Timie Herawanto', 'Kepala Bappeda', 'bappeda', 'Dewan Smart City', '1234'],
  ['M Nur Fuad Fauzi', 'Kepala Dinas Komunikasi dan Informatika', 'diskominfo', 'Dewan Smart City', '1234'],
  ['Made Arya Wedantara', 'Kepala Bapenda', 'bapenda', 'Dewan Smart City', '24'],
  ['Sri Wahyuni', 'Sekretaris Bappeda', 'bappeda', 'Tim Pelaksana', '1234'],
  ['Agus Prasetyo', 'Kepala Bidang Aplikasi Informatika', 'diskominfo', 'Tim Pelaksana', '1234'],
  ['Rina Kusumawati', 'Kepala Bidang Perencanaan, Pengendalian dan Evaluasi', 'bappeda', 'Tim Pelaksana', '1234'],
  ['', 'Kepala Bagian Organisasi', 'setda', 'Tim Pelaksana', '123'],
  ['Dedi Santoso', 'Kepala Bidang Infrastruktur dan Kewilayahan', 'bappeda', 'Kelompok Smart Environment', '1234'],
  ['Lilik Andriani', 'Sekretaris Dinas Kesehatan', 'dinkes', 'Kelompok Smart Society', '123'],
  ['', 'Kepala Bidang Pelayanan Kesehatan', 'dinkes', 'Kelompok Smart Society', '34'],
  ['Hendra Wijaya', 'Kepala Bidang Pelayanan Pendaftaran Penduduk', 'disdukcapil', 'Kelompok Smart Governance', '1234'],
  ['Yuli Astuti', 'Kepala Bidang Pelayanan Perizinan', 'dpmptsp', 'Kelompok Smart Governance', '1234'],
  ['Bambang Sutrisno', 'Sekretaris Dinas Pendidikan', 'disdik', 'Kelompok Smart Society', '12'],
  ['Nanik Setyowati', 'Kepala Bidang Pemasaran Pariwisata', 'dispar', 'Kelompok Smart Branding', '1234'],
  ['', 'Kepala Bidang Destinasi Pariwisata', 'dispar', 'Kelompok Smart Branding', '23'],
  ['Joko Purnomo', 'Kepala Bidang Lalu Lintas', 'dishub', 'Kelompok Smart Living', '134'],
  ['Teguh Rahardjo', 'Kepala Bidang Bina Marga', 'dpupr', 'Kelompok Smart Living', '124'],
  ['Wiwik Handayani', 'Kepala Bidang Pengelolaan Sampah', 'dlh', 'Kelompok Smart Environment', '1234'],
  ['Suharto', 'Kepala Pelaksana BPBD', 'bpbd', 'Kelompok Smart Environment', '13'],
  ['Eko Budi Santoso', 'Kepala Bidang Perdagangan', 'disperindag', 'Kelompok Smart Economy', '1234'],
  ['Fitri Rahmawati', 'Kepala Bidang Usaha Mikro', 'diskop-ukm', 'Kelompok Smart Economy', '234'],
  ['', 'Kepala Bidang Tanaman Pangan dan Hortikultura', 'distan', 'Kelompok Smart Economy', '123'],
  ['Ahmad Fauzan', 'Kepala Bidang Pemerintahan Desa', 'dpmd', 'Kelompok Smart Governance', '234'],
  ['Dwi Lestari', 'Kepala Bidang Anggaran', 'bpkad', 'Kelompok Smart Governance', '24'],
  ['Prof. Dr. Ir. Rudi Hartono', 'Akademisi, Universitas Brawijaya', null, 'Tim Pelaksana (Akademisi)', '1234'],
  ['Galih Saputra', 'Ketua Komunitas Malang Cyber Crew', null, 'Tim Pelaksana (Komunitas TIK)', '134'],
  ['Maya Anggraini', 'Manajer Wilayah, PT Telkom Indonesia Witel Malang', null, 'Mitra (Penyedia Telekomunikasi)', '24'],
  ['Slamet Riyadi', 'Camat Kepanjen', 'kecamatan', 'Kelompok Smart Governance', '34'],
  ['Anita Permatasari', 'Pranata Komputer Ahli Muda', 'diskominfo', 'Notulis', '1234'],
];

/** The demo workshop with its Bimtek record; rows naming an OPD the workshop lacks lose the OPD, not the row. */
export const withDemoBimtek = (w: Workshop): Workshop => {
  const known = new Set(w.opds.map((o) => o.id));
  const attendees = ROWS.map(([name, title, opdId, group, stages], index) => ({
    id: `hadir-${String(index + 1).padStart(2, '0')}`,
    name,
    title,
    opdId: opdId !== null && known.has(opdId) ? opdId : null,
    group,
    present: { 'tahap-1': stages.includes('1'), 'tahap-2': stages.includes('2'), 'tahap-3': stages.includes('3'), 'tahap-4': stages.includes('4') },
  }));
  return { ...w, bimtek: BimtekRecordSchema.parse({ stages: STAGES, attendees }) };
};
