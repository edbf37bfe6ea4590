import { COLLECTIONS, COLLECTION_NAMES, type CollectionSpec } from '../shared/commands';
import { ANNEX_SECTIONS, CHAPTERS, FRONT_MATTER, OPTIONAL_CHAPTERS, OPTIONAL_ORDER, outlineKeys } from '../shared/document';
import { ProgramSchema, WorkshopSchema, planYears, type NarrativeSection, type Program, type RichDoc, type Workshop } from '../shared/model';
import { buildDemoWorkshop } from '../electron/services/reference';
import { wordDetail } from '../shared/i18n/errors';

/*
 * A large, realistic workshop for the export bench and the large-export test: the demo workshop
 * (Kabupaten Malang, 2022–2031) grown to any number of programs. Each added program is modelled on a
 * demo program of the same dimension, spread over its elements, over the OPDs, funding sources and
 * plan years, and named after one of the regency's kecamatan, so every name is distinct. Every optional
 * chapter is switched on and every part of the outline has a few paragraphs of narrative.
 */

const NOW = '2025-11-20T09:00:00.000Z';

const KECAMATAN = [
  'Ampelgading', 'Bantur', 'Bululawang', 'Dampit', 'Dau', 'Donomulyo', 'Gedangan', 'Gondanglegi', 'Jabung', 'Kalipare', 'Karangploso',
  'Kasembon', 'Kepanjen', 'Kromengan', 'Lawang', 'Ngajum', 'Ngantang', 'Pagak', 'Pagelaran', 'Pakis', 'Pakisaji', 'Poncokusumo', 'Pujon',
  'Singosari', 'Sumbermanjing Wetan', 'Sumberpucung', 'Tajinan', 'Tirtoyudo', 'Tumpang', 'Turen', 'Wagir', 'Wajak', 'Wonosari',
];

const SENTENCES = [
  'Kegiatan ini disusun bersama perangkat daerah pengampu dan mitra setempat berdasarkan hasil lokakarya serta data layanan tiga tahun terakhir.',
  'Pelaksanaan dilakukan bertahap mulai dari desa percontohan, kemudian diperluas ke seluruh desa dan kelurahan di kecamatan tersebut.',
  'Keberhasilan diukur dengan indikator yang disepakati, dipantau setiap triwulan oleh Tim Pelaksana Smart City dan dilaporkan kepada Dewan Smart City.',
  'Pembiayaan memadukan APBD, dana desa dan dukungan mitra, dengan memperhatikan kemampuan keuangan daerah dan prioritas RPJMD.',
  'Warga dilibatkan sejak perencanaan melalui musyawarah desa, forum perangkat daerah dan kanal pengaduan daring yang sudah berjalan.',
];

const paragraph = (seed: number, sentences: number): string =>
  Array.from({ length: sentences }, (_, i) => SENTENCES[(seed + i) % SENTENCES.length]).join(' ');

const richText = (seed: number, paragraphs: number): RichDoc => ({
  type: 'doc',
  content: Array.from({ length: paragraphs }, (_, i) => ({ type: 'paragraph', content: [{ type: 'text', text: paragraph(seed + i, 4) }] })),
});

/** Runs the reducer's own workshop rules (unique codes, known dimension/element/OPD, years in horizon) over every item. */
const assertIntegrity = (w: Workshop): void => {
  for (const name of COLLECTION_NAMES) {
    const spec = COLLECTIONS[name] as unknown as CollectionSpec<{ id: string }>;
    for (const item of spec.get(w)) {
      const problem = spec.check?.(w, item);
      if (problem) throw new Error(`Lokakarya besar tidak valid (${spec.label} ${item.id}): ${wordDetail(problem)}`);
    }
  }
};

/** The highest sequence number already used in the codes of each element ("SG-SV-03" → 3). */
const usedSequences = (programs: readonly Program[]): Map<string, number> => {
  const used = new Map<string, number>();
  for (const p of programs) {
    const seq = Number(/-(\d+)$/.exec(p.code)?.[1] ?? 0);
    used.set(p.elementId, Math.max(used.get(p.elementId) ?? 0, seq));
  }
  return used;
};

const addedPrograms = (w: Workshop, count: number, templates: readonly Program[]): Program[] => {
  const years = planYears(w.horizon);
  const sequence = usedSequences(templates);
  const timesUsed = new Map<string, number>();
  const dimensions = w.dimensionSet.dimensions;
  const out: Program[] = [];
  for (let n = 0; n < count; n += 1) {
    const dimension = dimensions[n % dimensions.length]!;
    const ofDimension = templates.filter((p) => p.dimensionId === dimension.id);
    const round = Math.floor(n / dimensions.length);
    const template = ofDimension[round % ofDimension.length]!;
    const element = dimension.elements[round % dimension.elements.length]!;
    const seq = (sequence.get(element.id) ?? 0) + 1;
    sequence.set(element.id, seq);
    const used = timesUsed.get(template.id) ?? 0;
    timesUsed.set(template.id, used + 1);
    const kecamatan = KECAMATAN[used % KECAMATAN.length]!;
    const stage = Math.floor(used / KECAMATAN.length);
    const start = years[(n * 3) % (years.length - 2)]!;
    const programYears = years.filter((y) => y >= start && y < start + 1 + (n % 4));
    const lead = n % 3 === 0 && template.leadOpdId ? template.leadOpdId : w.opds[n % w.opds.length]!.id;
    out.push(
      ProgramSchema.parse({
        ...template,
        id: `gen-${n + 1}`,
        code: `${dimension.code}-${element.code}-${String(seq).padStart(2, '0')}`,
        elementId: element.id,
        name: `${template.name}${stage > 0 ? ` Tahap ${stage + 1}` : ''} Kecamatan ${kecamatan}`,
        acronym: template.acronym ? `${template.acronym} ${kecamatan}`.slice(0, 40) : '',
        description: `${template.description} ${paragraph(n, 2)}`,
        leadOpdId: lead,
        supportingOpdIds: [...new Set([...template.supportingOpdIds, w.opds[(n + 7) % w.opds.length]!.id])].filter((id) => id !== lead),
        indicators: template.indicators.map((indicator, i) => ({
          ...indicator,
          id: `gen-${n + 1}-ind-${i + 1}`,
          targets: programYears.map((year, k) => ({ year, value: (k + 1) * (10 + (n % 7) * 5) })),
        })),
        years: programYears,
        budget: programYears.map((year, k) => ({ year, amount: 150_000_000 + ((n + k) % 12) * 175_000_000 })),
        funding: [{ sourceId: w.fundingSources[n % w.fundingSources.length]!.id, amount: 0 }],
        quickWin: false,
        progress: n % 60,
        mentorNotes: '',
      }),
    );
  }
  return out;
};

/** Narrative for every part of the outline the demo left empty, a few paragraphs each. */
const everySection = (w: Workshop, paragraphs: number): NarrativeSection[] => {
  const written = new Set(w.sections.map((s) => s.outlineKey));
  const titles = new Map<string, string>(
    [...FRONT_MATTER, ...[...Object.values(CHAPTERS), ...Object.values(OPTIONAL_CHAPTERS)].flatMap((c) => c.sections), ...Object.values(ANNEX_SECTIONS)].map((s) => [s.key, s.title]),
  );
  const keys = outlineKeys(w.dimensionSet.dimensions.map((d) => d.id)).filter((key) => !written.has(key));
  return keys.map(
    (key, i): NarrativeSection => ({
      id: `gen-sec-${i + 1}`,
      outlineKey: key,
      title: titles.get(key) ?? w.dimensionSet.dimensions.find((d) => key.endsWith(d.id))?.nameId ?? 'Uraian',
      content: richText(i, paragraphs),
      ownerOpdId: w.opds[i % w.opds.length]!.id,
      status: 'draft',
    }),
  );
};

export interface LargeWorkshopOptions {
  /** Paragraphs of narrative in each part of the outline the demo left empty (default 3). */
  paragraphs?: number;
  /** A region logo as a data URL (PNG, JPEG or SVG). */
  logo?: string;
}

/** The demo workshop with `programs` programs (at least 1), every optional chapter and every section written. */
export const buildLargeWorkshop = (programs: number, options: LargeWorkshopOptions = {}): Workshop => {
  const demo = buildDemoWorkshop(`lokakarya-${programs}-program`, NOW);
  const kept = demo.programs.slice(0, Math.min(programs, demo.programs.length));
  const keptIds = new Set(kept.map((p) => p.id));
  const all = [...kept, ...addedPrograms(demo, Math.max(0, programs - kept.length), demo.programs)];
  const grown = WorkshopSchema.parse({
    ...demo,
    title: `${demo.title} (${programs} program)`,
    region: { ...demo.region, logo: options.logo ?? demo.region.logo },
    programs: all,
    rpjmdMappings: demo.rpjmdMappings.map((m) => (m.programId && !keptIds.has(m.programId) ? { ...m, programId: null } : m)),
    quickWins: { ...demo.quickWins, candidates: demo.quickWins.candidates.filter((c) => keptIds.has(c.programId)) },
    sections: [...demo.sections, ...everySection(demo, options.paragraphs ?? 3)],
    exportSettings: { ...demo.exportSettings, optionalChapters: [...OPTIONAL_ORDER] },
  });
  assertIntegrity(grown);
  return grown;
};
