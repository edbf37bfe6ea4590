import type { Dimension } from '../model';

/** The languages progress speaks: Indonesian (the default, and the draft masterplan's notes) and English for the English UI. */
export type ProgressLanguage = 'id' | 'en';

/** What a worksheet still lacks, worded in one language (shared/logic/progress.ts picks the words for the UI's language). */
export interface ProgressWords {
  dimension(d: Dimension): string;
  list(words: readonly string[]): string;
  pillar: Record<'struktur' | 'infrastruktur' | 'suprastruktur', string>;
  quadrant: Record<'S' | 'W' | 'O' | 'T', string>;
  bucket: Record<'pendek' | 'menengah' | 'panjang', string>;
  regionName: string;
  province: string;
  population: string;
  kecamatanCount: string;
  kelurahanCount: string;
  desaCount: string;
  headName(title: string): string;
  rpjmdPeriod: string;
  planAfterRpjmd(planEnd: number, rpjmdEnd: number): string;
  noDimensions: string;
  noOpds: string;
  noFundingSources: string;
  pillarNoItems(pillar: string): string;
  pillarUnscored(n: number, pillar: string): string;
  readinessNoEvidence(n: number): string;
  dimensionNoIssues(dimension: string): string;
  swotMissing(dimension: string, quadrants: string): string;
  noTows(dimension: string): string;
  towsNoSource(n: number): string;
  gapMissing(dimension: string): string;
  visionStatement: string;
  visionKeywords: string;
  noMissions: string;
  missionsNoGoal(n: number): string;
  goalsIncomplete(n: number): string;
  dimensionNoPrograms(dimension: string): string;
  programsNoLead(n: number): string;
  programsNoYears(n: number): string;
  programsNoBudget(n: number): string;
  noRpjmdMapping: string;
  programsNotAligned(n: number): string;
  programsNoInnovationType(n: number): string;
  noProgramsForInnovation: string;
  programsNoInnovationText(n: number): string;
  programsUnscheduled(n: number): string;
  noProgramsOnRoadmap: string;
  noProgramInBucket(bucket: string, years: string): string;
  noQuickWinFor(dimension: string): string;
  quickWinsChosen(chosen: number, wanted: number): string;
  quickWinsUnjustified(names: string): string;
  quickWinsUnplanned(names: string): string;
  signingPlace: string;
  signingDate: string;
  commitmentStatement: string;
  noCommitmentRows: string;
  commitmentNoHead(n: number): string;
  commitmentNoText(n: number): string;
  chaptersUnreviewed(n: number): string;
  reviewNotStarted: string;
  titles(shown: string, more: number): string;
  sectionsAbsent(n: number, titles: string): string;
  sectionsEmpty(n: number, titles: string): string;
  sectionsNoOwner(n: number): string;
  sectionsNotFinal(n: number): string;
}

const joinWith = (and: string) => (words: readonly string[]): string => (words.length <= 1 ? words.join('') : `${words.slice(0, -1).join(', ')} ${and} ${words[words.length - 1]}`);

export const PROGRESS_WORDS: Record<ProgressLanguage, ProgressWords> = {
  id: {
    dimension: (d) => d.nameId,
    list: joinWith('dan'),
    pillar: { struktur: 'Struktur', infrastruktur: 'Infrastruktur', suprastruktur: 'Suprastruktur' },
    quadrant: { S: 'Kekuatan', W: 'Kelemahan', O: 'Peluang', T: 'Ancaman' },
    bucket: { pendek: 'jangka pendek', menengah: 'jangka menengah', panjang: 'jangka panjang' },
    regionName: 'Nama daerah belum diisi',
    province: 'Provinsi belum diisi',
    population: 'Jumlah penduduk belum diisi',
    kecamatanCount: 'Jumlah kecamatan belum diisi',
    kelurahanCount: 'Jumlah kelurahan belum diisi',
    desaCount: 'Jumlah desa belum diisi',
    headName: (title) => `Nama ${title} belum diisi`,
    rpjmdPeriod: 'Periode RPJMD belum diisi',
    planAfterRpjmd: (planEnd, rpjmdEnd) => `Akhir rencana (${planEnd}) tidak sama dengan akhir periode RPJMD (${rpjmdEnd}); pastikan program diselaraskan dengan RPJMD berikutnya.`,
    noDimensions: 'Belum ada dimensi smart city',
    noOpds: 'Daftar OPD masih kosong',
    noFundingSources: 'Daftar sumber dana masih kosong',
    pillarNoItems: (pillar) => `${pillar} belum memiliki item`,
    pillarUnscored: (n, pillar) => `${n} item ${pillar} belum dinilai`,
    readinessNoEvidence: (n) => `${n} item kesiapan belum memiliki data dukung`,
    dimensionNoIssues: (dimension) => `${dimension} belum memiliki isu`,
    swotMissing: (dimension, quadrants) => `SWOT ${dimension} belum memiliki faktor ${quadrants}`,
    noTows: (dimension) => `Belum ada strategi TOWS untuk ${dimension}`,
    towsNoSource: (n) => `${n} strategi TOWS belum menunjukkan faktor SWOT asalnya`,
    gapMissing: (dimension) => `Analisis kesenjangan ${dimension} belum diisi`,
    visionStatement: 'Rumusan visi belum diisi',
    visionKeywords: 'Kata kunci visi belum dikumpulkan',
    noMissions: 'Belum ada misi',
    missionsNoGoal: (n) => `${n} misi belum memiliki tujuan`,
    goalsIncomplete: (n) => `${n} tujuan belum memiliki indikator, baseline dan target`,
    dimensionNoPrograms: (dimension) => `${dimension} belum memiliki program`,
    programsNoLead: (n) => `${n} program belum memiliki OPD penanggung jawab`,
    programsNoYears: (n) => `${n} program belum memiliki tahun pelaksanaan`,
    programsNoBudget: (n) => `${n} program belum memiliki indikasi anggaran atau sumber dana`,
    noRpjmdMapping: 'Belum ada pemetaan program RPJMD/Renstra',
    programsNotAligned: (n) => `${n} program belum diselaraskan dengan RPJMD/Renstra`,
    programsNoInnovationType: (n) => `${n} program belum memiliki jenis inovasi`,
    noProgramsForInnovation: 'Belum ada program untuk diberi inovasi',
    programsNoInnovationText: (n) => `${n} program belum memiliki uraian inovasi`,
    programsUnscheduled: (n) => `${n} program belum dijadwalkan di peta jalan`,
    noProgramsOnRoadmap: 'Belum ada program di peta jalan',
    noProgramInBucket: (bucket, years) => `Belum ada program ${bucket} (${years})`,
    noQuickWinFor: (dimension) => `Belum ada quick win untuk ${dimension}`,
    quickWinsChosen: (chosen, wanted) => `Baru ${chosen} dari ${wanted} quick win dipilih`,
    quickWinsUnjustified: (names) => `Quick win ${names} belum lolos syarat dan belum ada alasan penetapan`,
    quickWinsUnplanned: (names) => `Lembar quick win ${names} belum memiliki jadwal kegiatan`,
    signingPlace: 'Tempat penandatanganan belum diisi',
    signingDate: 'Tanggal penandatanganan belum diisi',
    commitmentStatement: 'Pernyataan komitmen belum diisi',
    noCommitmentRows: 'Belum ada baris komitmen OPD',
    commitmentNoHead: (n) => `${n} baris komitmen belum memiliki nama pejabat`,
    commitmentNoText: (n) => `${n} baris komitmen belum berisi komitmen`,
    chaptersUnreviewed: (n) => `${n} bab belum direviu`,
    reviewNotStarted: 'Reviu bab per bab belum dimulai',
    titles: (shown, more) => `${shown}; dan ${more} lainnya`,
    sectionsAbsent: (n, titles) => `${n} bagian naskah belum dibuat: ${titles}`,
    sectionsEmpty: (n, titles) => `${n} bagian naskah masih kosong: ${titles}`,
    sectionsNoOwner: (n) => `${n} bagian naskah belum memiliki OPD penyusun`,
    sectionsNotFinal: (n) => `${n} bagian naskah belum final`,
  },
  en: {
    dimension: (d) => d.nameEn.trim() || d.nameId,
    list: joinWith('and'),
    pillar: { struktur: 'Structure', infrastruktur: 'Infrastructure', suprastruktur: 'Superstructure' },
    quadrant: { S: 'strengths', W: 'weaknesses', O: 'opportunities', T: 'threats' },
    bucket: { pendek: 'short-term', menengah: 'medium-term', panjang: 'long-term' },
    regionName: 'Region name not filled in',
    province: 'Province not filled in',
    population: 'Population not filled in',
    kecamatanCount: 'Number of districts (kecamatan) not filled in',
    kelurahanCount: 'Number of urban villages (kelurahan) not filled in',
    desaCount: 'Number of villages (desa) not filled in',
    headName: (title) => `Name of the ${title} not filled in`,
    rpjmdPeriod: 'RPJMD period not filled in',
    planAfterRpjmd: (planEnd, rpjmdEnd) => `The plan ends in ${planEnd}, the RPJMD period in ${rpjmdEnd}: make sure the programs are aligned with the next RPJMD.`,
    noDimensions: 'No smart city dimensions yet',
    noOpds: 'The OPD list is empty',
    noFundingSources: 'The funding source list is empty',
    pillarNoItems: (pillar) => `${pillar} has no items yet`,
    pillarUnscored: (n, pillar) => `${n} ${pillar} item(s) not scored yet`,
    readinessNoEvidence: (n) => `${n} readiness item(s) without supporting evidence`,
    dimensionNoIssues: (dimension) => `${dimension} has no issues yet`,
    swotMissing: (dimension, quadrants) => `SWOT for ${dimension} has no ${quadrants} yet`,
    noTows: (dimension) => `No TOWS strategy for ${dimension} yet`,
    towsNoSource: (n) => `${n} TOWS strateg(ies) do not show the SWOT factors they come from`,
    gapMissing: (dimension) => `Gap analysis for ${dimension} not filled in`,
    visionStatement: 'Vision statement not written yet',
    visionKeywords: 'No vision keywords collected yet',
    noMissions: 'No missions yet',
    missionsNoGoal: (n) => `${n} mission(s) without a goal`,
    goalsIncomplete: (n) => `${n} goal(s) without an indicator, baseline and target`,
    dimensionNoPrograms: (dimension) => `${dimension} has no programs yet`,
    programsNoLead: (n) => `${n} program(s) without a lead OPD`,
    programsNoYears: (n) => `${n} program(s) without implementation years`,
    programsNoBudget: (n) => `${n} program(s) without an indicative budget or funding source`,
    noRpjmdMapping: 'No RPJMD/Renstra mapping yet',
    programsNotAligned: (n) => `${n} program(s) not aligned with the RPJMD/Renstra yet`,
    programsNoInnovationType: (n) => `${n} program(s) without an innovation type`,
    noProgramsForInnovation: 'No programs to describe the innovation of yet',
    programsNoInnovationText: (n) => `${n} program(s) without an innovation description`,
    programsUnscheduled: (n) => `${n} program(s) not scheduled on the roadmap`,
    noProgramsOnRoadmap: 'No programs on the roadmap yet',
    noProgramInBucket: (bucket, years) => `No ${bucket} program (${years}) yet`,
    noQuickWinFor: (dimension) => `No quick win for ${dimension} yet`,
    quickWinsChosen: (chosen, wanted) => `Only ${chosen} of ${wanted} quick wins chosen`,
    quickWinsUnjustified: (names) => `Quick win ${names} does not pass the gates and has no reason for the decision`,
    quickWinsUnplanned: (names) => `The quick win sheet of ${names} has no activity schedule`,
    signingPlace: 'Place of signing not filled in',
    signingDate: 'Date of signing not filled in',
    commitmentStatement: 'Commitment statement not written yet',
    noCommitmentRows: 'No OPD commitment rows yet',
    commitmentNoHead: (n) => `${n} commitment row(s) without the official's name`,
    commitmentNoText: (n) => `${n} commitment row(s) without a commitment`,
    chaptersUnreviewed: (n) => `${n} chapter(s) not reviewed yet`,
    reviewNotStarted: 'The chapter-by-chapter review has not started',
    titles: (shown, more) => `${shown}; and ${more} more`,
    sectionsAbsent: (n, titles) => `${n} document section(s) not started: ${titles}`,
    sectionsEmpty: (n, titles) => `${n} document section(s) still empty: ${titles}`,
    sectionsNoOwner: (n) => `${n} document section(s) without a drafting OPD`,
    sectionsNotFinal: (n) => `${n} document section(s) not final yet`,
  },
};
