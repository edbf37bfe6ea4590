import { WorkshopSchema, type RichDoc, type Workshop, type WorkshopInput } from '../../../shared/model';

/**
 * Workshops for the document and export tests: an empty one, and a realistic one for a fictional
 * kabupaten with the Kominfo 6×3 dimensions, programs, quick wins and narrative.
 */

const NOW = '2025-11-20T09:00:00.000Z';

/** A 160×160 PNG emblem standing in for a region's logo. */
export const LOGO_PNG = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAKAAAACgCAYAAACLz2ctAAAEBklEQVR42u3dyW0bQRAFUEVipeGAFJMjUl5j+GgbgjhLd22vgH8VyP4PRR6o6bfjON5EouIQBEABUARAAVAEQAFQBEABUARAAXBUPn/9OFbF+QK4DRuUAKYEB+QwgBXQTcUIHogAQjcXI3ggAlgZ3p8BcSDAlYW+//z4K3fm378FYnGAO8CtBLgDJIDJ8X2HYifAVSABbAAvAuA0iO3xXQUQDfBJjAAG4Hui+CwAn4AIYEF42QB2hNgG34qiswK8CxHAB/GtLDg7wDsQASyCrwLAyghL4ttVaiWAVyGOB5gdXzWA1RDC1xBgJYQl8EWVWBngFYhjAFbCVx1gdoTwDQCYGSF8QwBmRQjfIIAZEcI3DGA2hKkAZiyrI8AzCMsDrI6vK8AsCOEbDDADQviGA4xGCCCA/QB2wjcBYCRC+AAMRRgCsFIpkwC+ijAtwI7bD8C1CG0/AEO3IHwAhiIEEMD6ADvjmwpwF0IAAawNsDu+yQB3IAQQwN4AqxcwHeArCMMATth+AK7dgrYfgKFb0PYDMHQLAghgT4BdDh7AtR/Dth+AoVvQ9gMwdAsCCCCAAALo+x+AId8DbT8AQ7cggAACCCCAAAKYH+BEfACuRQgggAACCCCAANYHaOYMgAZAAAEE0AAIIIAAGgANgGEADYQ2oPERbAAE0ABoAATQAGgABNDMAOj3gP+P3wMCCCCAAAIIIIDVAR7+LxhA/5gOIIAAAggggAB6PuA4gOHPBzw8IRVAj+gFEEAAAcwK0D0hPQGmuSfkcFMSgO6KA9BdcQACGAVw0scwgB81L6x2Y7ob05cCnLIFAVyDbwvADggnA1y5/QAEsD7ACQinAlyND0AAewDsjnAiwB34AASwD8DOCKcB3IUvBGBFhJMAvtphSoBdtyCAa/CFAayGcArA3dtvCcCOCCcAjMC3DGA3hN0BRuEDEMC+ADsh7AwwEt9ygF0QdgUYjW8LwA4IOwLMgC8dwKwIuwE800cLgNURdgKYCd9WgJURdgGYDd92gFURdgCYEV8IwIoIqwPMii8MYDWElQFmxhcK8CzCSIgVAZ492ygDoQCrIKwGsAq+FAArIKwEsBK+NACvINwJsQLAK+eXofc0ADMjzA6wKr50AK8iXA0xK8CrZ5Wp73QA7yBcBTEbwDvnk63rlACzQcwCsBO8EgDvInwKYjTAu2eQud/0AJ9AeBdjBMCn3nP2bksAjIa4E+AUeCUBPonwDMiVAFe8n0p9lgO4EuJXIJ8EuPJ1V+yxLMAdEF8s/UjwGsr2Vx5gFojgDQc4CWKnvtoB7Iqxa0etAXaA2L2bEQCrYZzUxziAGUFOPv/xAHejdL4ACoAiAAqAAqBDEAAFQBEABUARAGVKfgO+TUrVC6H/eAAAAABJRU5ErkJggg==';

const DIMENSIONS: Array<[code: string, name: string, meaning: string, elements: Array<[string, string]>]> = [
  ['SG', 'Smart Governance', 'Tata kelola pemerintahan yang cepat, efektif, efisien dan komunikatif.', [['SV', 'Pelayanan Publik'], ['BR', 'Manajemen Birokrasi'], ['PL', 'Kebijakan Publik']]],
  ['SB', 'Smart Branding', 'Pemasaran daerah agar berdaya saing dan menarik wisatawan serta investor.', [['TR', 'Ekosistem Pariwisata'], ['BS', 'Ekosistem Bisnis'], ['WK', 'Wajah Kota']]],
  ['SE', 'Smart Economy', 'Ekosistem ekonomi yang sesuai sektor unggulan daerah.', [['IN', 'Industri'], ['WF', 'Kesejahteraan Rakyat'], ['TX', 'Transaksi Keuangan']]],
  ['SL', 'Smart Living', 'Standar hidup yang layak: tata ruang, kesehatan dan transportasi.', [['HR', 'Harmonisasi Tata Ruang'], ['HL', 'Prasarana Kesehatan'], ['MB', 'Sarana Transportasi']]],
  ['SS', 'Smart Society', 'Masyarakat sebagai pusat, interaksi yang cair dan literasi digital tinggi.', [['CM', 'Interaksi Masyarakat'], ['LN', 'Ekosistem Belajar'], ['SC', 'Keamanan Masyarakat']]],
  ['SN', 'Smart Environment', 'Pengelolaan lingkungan yang bertanggung jawab dan berkelanjutan.', [['PR', 'Proteksi Lingkungan'], ['WS', 'Pengelolaan Sampah'], ['EN', 'Tata Kelola Energi']]],
];

const OPDS: Array<[string, string, string]> = [
  ['diskominfo', 'Diskominfo', 'Dinas Komunikasi dan Informatika'],
  ['bappeda', 'Bappeda', 'Badan Perencanaan Pembangunan Daerah'],
  ['dpmptsp', 'DPMPTSP', 'Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu'],
  ['disdukcapil', 'Disdukcapil', 'Dinas Kependudukan dan Pencatatan Sipil'],
  ['dinkes', 'Dinkes', 'Dinas Kesehatan'],
  ['dispar', 'Dispar', 'Dinas Pariwisata'],
  ['dishub', 'Dishub', 'Dinas Perhubungan'],
  ['dlh', 'DLH', 'Dinas Lingkungan Hidup'],
  ['diskop', 'Diskop UKM', 'Dinas Koperasi dan Usaha Kecil dan Menengah'],
  ['bpbd', 'BPBD', 'Badan Penanggulangan Bencana Daerah'],
  ['bapenda', 'Bapenda', 'Badan Pendapatan Daerah'],
  ['disdik', 'Disdik', 'Dinas Pendidikan'],
];

const FUNDING: Array<[string, string]> = [
  ['apbd', 'APBD Kabupaten'],
  ['bankeu', 'APBD Provinsi (Bankeu)'],
  ['apbn', 'APBN (termasuk DAK)'],
  ['csr', 'CSR / TJSL'],
  ['kpbu', 'KPBU'],
];

export const text = (...paragraphs: string[]): RichDoc => ({
  type: 'doc',
  content: paragraphs.map((p) => ({ type: 'paragraph', content: [{ type: 'text', text: p }] })),
});

/** A rich narrative with marks, a list, a link and a table, as the editor stores it. */
export const richNarrative = (): RichDoc => ({
  type: 'doc',
  content: [
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: 'Pembangunan smart city ' },
        { type: 'text', text: 'Kabupaten Sukamaju', marks: [{ type: 'bold' }] },
        { type: 'text', text: ' berpijak pada ' },
        { type: 'text', text: 'RPJMD 2025–2029', marks: [{ type: 'italic' }, { type: 'underline' }] },
        { type: 'text', text: ' dan arahan ' },
        { type: 'text', text: 'Gerakan Menuju 100 Smart City', marks: [{ type: 'link', attrs: { href: 'https://example.go.id/smartcity' } }] },
        { type: 'text', text: '.' },
        { type: 'hardBreak' },
        { type: 'text', text: 'Baris kedua setelah hard break.' },
      ],
    },
    { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Permasalahan utama' }] },
    {
      type: 'bulletList',
      content: [
        { type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Layanan publik belum terintegrasi' }] }] },
        {
          type: 'listItem',
          content: [
            { type: 'paragraph', content: [{ type: 'text', text: 'Data antar-OPD belum tunggal' }] },
            { type: 'orderedList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Data kependudukan' }] }] }] },
          ],
        },
      ],
    },
    {
      type: 'table',
      content: [
        { type: 'tableRow', content: [{ type: 'tableHeader', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Indikator' }] }] }, { type: 'tableHeader', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Nilai' }] }] }] },
        { type: 'tableRow', content: [{ type: 'tableCell', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Indeks SPBE' }] }] }, { type: 'tableCell', content: [{ type: 'paragraph', content: [{ type: 'text', text: '2,45' }] }] }] },
      ],
    },
  ],
});

const PROGRAM_NAMES: Record<string, Array<[string, string, string]>> = {
  SG: [['Mal Pelayanan Publik Digital', 'MPP Digital', 'dpmptsp'], ['E-Office dan Tanda Tangan Elektronik', 'SiKantor', 'diskominfo'], ['Portal Satu Data Sukamaju', 'SADARU', 'bappeda']],
  SB: [['Pusat Informasi Pariwisata Terpadu', 'PUSPITA', 'dispar'], ['Katalog Produk Unggulan Daerah', 'KAPUDA', 'diskop'], ['Revitalisasi Taman Kota dan Wi-Fi Publik', 'TAMANKU', 'dlh']],
  SE: [['Sistem Informasi Harga Pasar', 'SIHARPA', 'diskop'], ['UMKM Naik Kelas Digital', 'UNGGUL', 'diskop'], ['Pembayaran Retribusi Nontunai', 'E-RETRIBUSI', 'bapenda']],
  SL: [['Rencana Tata Ruang Daring', 'SIMPELTARU', 'bappeda'], ['Antrean Puskesmas Daring', 'ANTREKU', 'dinkes'], ['Area Traffic Control System', 'ATCS', 'dishub']],
  SS: [['Call Center Darurat 112', 'CC112', 'bpbd'], ['Relawan TIK Desa', 'RELATIK', 'diskominfo'], ['Sekolah Daring Terpadu', 'SEDARING', 'disdik']],
  SN: [['Bank Sampah Digital', 'SERBU GASS', 'dlh'], ['Sensor Kualitas Udara dan Sungai', 'SEKAR', 'dlh'], ['Penerangan Jalan Tenaga Surya', 'PJU-TS', 'dishub']],
};

const program = (dim: string, index: number, startYear: number): NonNullable<WorkshopInput['programs']>[number] => {
  const [name, acronym, lead] = PROGRAM_NAMES[dim]?.[index] ?? ['Program', '', 'diskominfo'];
  const element = DIMENSIONS.find((d) => d[0] === dim)?.[3][index]?.[0] ?? 'SV';
  const years = index === 0 ? [startYear, startYear + 1] : index === 1 ? [startYear + 1, startYear + 2, startYear + 3] : [startYear + 2, startYear + 4];
  return {
    id: `p-${dim.toLowerCase()}-${index + 1}`,
    code: `${dim}-${element}-0${index + 1}`,
    dimensionId: `dim-${dim.toLowerCase()}`,
    elementId: `el-${dim.toLowerCase()}-${element.toLowerCase()}`,
    name,
    acronym,
    description: `${name} untuk mempercepat layanan dan memperluas manfaat bagi warga Kabupaten Sukamaju.`,
    issueIds: [`isu-${dim.toLowerCase()}-1`],
    innovationType: index === 2 && dim === 'SG' ? 'kebijakan-regulasi' : 'aplikasi-tik',
    status: index === 0 ? 'pengembangan' : index === 1 ? 'baru' : 'eksisting',
    leadOpdId: lead,
    supportingOpdIds: lead === 'diskominfo' ? ['bappeda'] : ['diskominfo'],
    partners: index === 0 ? ['Perguruan tinggi setempat'] : [],
    beneficiaries: 'Warga dan pelaku usaha',
    location: 'Seluruh kecamatan',
    output: `Layanan ${acronym} beroperasi`,
    outcome: 'Waktu layanan berkurang',
    indicators: [{ id: `ind-${dim}-${index}`, name: 'Jumlah pengguna aktif', unit: 'orang', baseline: 0, baselineYear: 2025, targets: years.map((y, i) => ({ year: y, value: (i + 1) * 1000 })) }],
    horizon: index === 0 ? 'pendek' : 'menengah',
    years,
    budget: years.map((y, i) => ({ year: y, amount: 250_000_000 * (index + 1) + i * 125_000_000 })),
    funding: index === 2 ? [{ sourceId: 'apbd', amount: 0 }, { sourceId: 'csr', amount: 300_000_000 }] : [{ sourceId: 'apbd', amount: 0 }],
    quickWin: index === 0,
    priority: index === 0 ? 'tinggi' : 'sedang',
    risks: index === 0 ? 'Keterbatasan jaringan di desa terpencil' : '',
    mitigation: index === 0 ? 'Kerja sama dengan operator seluler' : '',
    progress: index === 0 ? 20 : 0,
  };
};

export const demoWorkshopInput = (): WorkshopInput => {
  const startYear = 2026;
  const dims = DIMENSIONS.map(([code, name, meaning, elements]) => ({
    id: `dim-${code.toLowerCase()}`,
    code,
    nameId: name,
    nameEn: name,
    meaningId: meaning,
    elements: elements.map(([ecode, ename]) => ({ id: `el-${code.toLowerCase()}-${ecode.toLowerCase()}`, code: ecode, nameId: ename, nameEn: ename })),
  }));
  const programs = DIMENSIONS.flatMap(([code]) => [0, 1, 2].map((i) => program(code, i, startYear)));
  return {
    schemaVersion: 3,
    id: 'sukamaju-2026',
    revision: 42,
    title: 'Bimtek Masterplan Smart City Kabupaten Sukamaju',
    createdAt: NOW,
    updatedAt: NOW,
    region: {
      name: 'Sukamaju',
      kind: 'kabupaten',
      province: 'Jawa Tengah',
      logo: LOGO_PNG,
      population: 1_254_321,
      areaKm2: 1034.82,
      kecamatanCount: 21,
      desaCount: 273,
      kelurahanCount: 12,
      rpjmdPeriod: { startYear: 2025, endYear: 2029 },
      regionalHead: { title: 'Bupati', name: 'Dr. H. Ahmad Suryana, M.Si.', deputyName: 'Hj. Ratna Dewi, S.E.' },
      description: 'Kabupaten Sukamaju terletak di bagian selatan provinsi dengan wilayah pegunungan dan pesisir.\n\nSektor unggulan adalah pertanian, perikanan dan pariwisata.',
    },
    horizon: { startYear, years: 5 },
    dimensionSet: { id: 'kominfo-6x3', name: 'Kominfo 6×3', dimensions: dims },
    opds: OPDS.map(([id, abbreviation, name]) => ({ id, abbreviation, name, role: id === 'diskominfo' ? 'Sekretariat Tim Pelaksana; infrastruktur dan data' : '' })),
    participants: [
      { id: 'pt-1', name: 'Drs. Bambang Sutrisno', position: 'Sekretaris Daerah', role: 'dewan' },
      { id: 'pt-2', name: 'Ir. Sri Lestari', position: 'Kepala Bappeda', opdId: 'bappeda', role: 'tim-pelaksana' },
      { id: 'pt-3', name: 'Agus Prasetyo, S.Kom.', position: 'Kepala Diskominfo', opdId: 'diskominfo', role: 'tim-pelaksana' },
      { id: 'pt-4', name: 'Dewi Anggraini', position: 'Mentor Kominfo', role: 'pembimbing' },
    ],
    fundingSources: FUNDING.map(([id, name]) => ({ id, name })),
    readinessItems: [
      { id: 'r1', pillar: 'struktur', title: 'Komitmen kepala daerah', indicator: 'Ada arahan tertulis', score: 4, evidence: 'Surat edaran Bupati 2025', swot: 'S' },
      { id: 'r2', pillar: 'struktur', title: 'SDM TIK di OPD', indicator: 'Jumlah ASN berlatar TIK', score: 2, evidence: '18 orang', swot: 'W', opdId: 'diskominfo' },
      { id: 'r3', pillar: 'infrastruktur', title: 'Jaringan serat optik antar-OPD', indicator: '% OPD terhubung', score: 3, evidence: '70% OPD', swot: 'S' },
      { id: 'r4', pillar: 'infrastruktur', title: 'Desa blank spot', indicator: 'Jumlah desa', score: 2, evidence: '31 desa', swot: 'T' },
      { id: 'r5', pillar: 'suprastruktur', title: 'Perbup SPBE', indicator: 'Ada/tidak', score: 5, evidence: 'Perbup No. 12 Tahun 2023', swot: 'S' },
      { id: 'r6', pillar: 'suprastruktur', title: 'Forum Satu Data', indicator: 'SK forum', score: null, evidence: '' },
    ],
    issues: DIMENSIONS.flatMap(([code, name]) => [
      { id: `isu-${code.toLowerCase()}-1`, dimensionId: `dim-${code.toLowerCase()}`, kind: 'permasalahan' as const, text: `Layanan ${name} belum terintegrasi`, rpjmdIssue: 'Reformasi birokrasi' },
      { id: `isu-${code.toLowerCase()}-2`, dimensionId: `dim-${code.toLowerCase()}`, kind: 'potensi' as const, text: `Komunitas ${name} aktif` },
    ]),
    swotItems: [
      { id: 's1', dimensionId: 'dim-sg', quadrant: 'S', text: 'Komitmen pimpinan kuat' },
      { id: 's2', dimensionId: 'dim-sg', quadrant: 'W', text: 'Aplikasi tersebar di banyak OPD' },
      { id: 's3', dimensionId: 'dim-sg', quadrant: 'O', text: 'Program SPBE nasional' },
      { id: 's4', dimensionId: 'dim-sg', quadrant: 'T', text: 'Ancaman keamanan siber' },
    ],
    towsStrategies: [
      { id: 't1', dimensionId: 'dim-sg', kind: 'SO', text: 'Memanfaatkan komitmen pimpinan untuk integrasi layanan SPBE' },
      { id: 't2', dimensionId: 'dim-sg', kind: 'WT', text: 'Konsolidasi aplikasi dan penguatan keamanan informasi' },
    ],
    gapAnalyses: [{ id: 'g1', dimensionId: 'dim-sg', currentCondition: 'Layanan masih manual di 60% OPD', targetCondition: 'Seluruh layanan perizinan daring pada 2028', gap: 'Integrasi sistem dan SDM' }],
    vision: {
      statement: text('Terwujudnya Kabupaten Sukamaju yang cerdas, sejahtera dan berkelanjutan'),
      explanation: text('Cerdas berarti layanan publik berbasis data dan teknologi.'),
      keywords: ['cerdas', 'sejahtera', 'berkelanjutan'],
    },
    missions: DIMENSIONS.map(([code, name], i) => ({ id: `m${i + 1}`, text: `Mewujudkan ${name} yang unggul`, dimensionIds: [`dim-${code.toLowerCase()}`] })),
    goals: [
      { id: 'go1', missionId: 'm1', text: 'Meningkatkan kualitas layanan publik digital', indicator: { name: 'Indeks SPBE', unit: 'indeks', baseline: 2.45, baselineYear: 2025, targets: [{ year: 2028, value: 3 }, { year: 2030, value: 3.5 }] } },
      { id: 'go2', missionId: 'm3', text: 'Meningkatkan transaksi nontunai', indicator: { name: 'Transaksi QRIS', unit: '%', baseline: 15, baselineYear: 2025, targets: [{ year: 2030, value: 60 }] } },
    ],
    programs,
    quickWins: {
      candidates: DIMENSIONS.map(([code], i) => ({
        id: `qw-${code.toLowerCase()}`,
        programId: `p-${code.toLowerCase()}-1`,
        gates: { within12Months: true, singleLeadOpd: true, fundingIdentified: true, linkedToIssueAndRpjmd: true },
        scores: { impact: 5 - (i % 3), speed: 4, feasibility: 3, cost: 3 + (i % 2), innovation: 4, sustainability: 3 },
        decision: 'chosen' as const,
        sheet: {
          timeline: [
            { id: `tl-${i}-1`, month: 1, activity: 'Penyusunan rencana kerja' },
            { id: `tl-${i}-2`, month: 2, activity: 'Penyusunan rencana kerja' },
            { id: `tl-${i}-3`, month: 4, activity: 'Uji coba layanan' },
            { id: `tl-${i}-4`, month: 9, activity: 'Peluncuran' },
          ],
          indicators: 'Layanan diluncurkan pada triwulan III',
          risks: 'Adopsi warga rendah',
          progress: 10 * i,
        },
      })),
    },
    sections: [
      { id: 'sec-1', outlineKey: 'bab1-latar-belakang', title: 'Latar Belakang', content: richNarrative(), ownerOpdId: 'bappeda', status: 'review' },
      { id: 'sec-2', outlineKey: 'kata-sambutan', title: 'Kata Sambutan', content: text('Puji syukur kami panjatkan. Masterplan ini menjadi pedoman bersama seluruh perangkat daerah.') },
      { id: 'sec-3', outlineKey: 'bab1-landasan-hukum', title: 'Landasan Hukum', content: { type: 'doc', content: [{ type: 'orderedList', content: ['Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah', 'Peraturan Presiden Nomor 95 Tahun 2018 tentang SPBE'].map((t) => ({ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: t }] }] })) }] }, ownerOpdId: 'bappeda' },
      { id: 'sec-4', outlineKey: 'bab2-custom-potensi-desa', title: 'Potensi Desa Digital', content: text('Sebanyak 40 desa telah memiliki sistem informasi desa.'), ownerOpdId: 'diskominfo' },
      { id: 'sec-5', outlineKey: 'penutup', title: 'Penutup', content: text('Demikian masterplan ini disusun sebagai pedoman pembangunan smart city.') },
    ],
    commitment: {
      place: 'Sukamaju',
      date: '2025-11-20',
      statement: 'Kami, kepala perangkat daerah Kabupaten Sukamaju, berkomitmen melaksanakan Masterplan Smart City.',
      entries: [
        { id: 'c1', opdId: 'diskominfo', headTitle: 'Kepala Dinas Komunikasi dan Informatika', headName: 'Agus Prasetyo, S.Kom.', commitment: 'Menyiapkan infrastruktur dan integrasi data' },
        { id: 'c2', opdId: 'bappeda', headTitle: 'Kepala Bappeda', headName: 'Ir. Sri Lestari', commitment: 'Menyelaraskan program dengan RPJMD' },
      ],
    },
    exportSettings: { paperSize: 'A4', optionalChapters: ['infrastruktur-pendukung'] },
  };
};

export const demoWorkshop = (): Workshop => WorkshopSchema.parse(demoWorkshopInput());

/** A fresh workshop: one dimension, nothing filled in. */
export const emptyWorkshop = (): Workshop =>
  WorkshopSchema.parse({
    schemaVersion: 3,
    id: 'kosong',
    revision: 0,
    title: 'Lokakarya kosong',
    createdAt: NOW,
    updatedAt: NOW,
    region: {},
    horizon: { startYear: 2026, years: 5 },
    dimensionSet: { id: 'set', name: 'Set', dimensions: [{ id: 'd1', code: 'SG', nameId: 'Smart Governance', elements: [{ id: 'e1', code: 'SV', nameId: 'Pelayanan Publik' }] }] },
  });
