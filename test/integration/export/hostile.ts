import { WorkshopSchema, type RichDoc, type RichNode, type Workshop, type WorkshopInput } from '../../../shared/model';
import { LOGO_PNG } from '../../unit/document/fixture';

/**
 * Generated workshops full of text that breaks naive exporters: control characters, lone surrogates, emoji,
 * right-to-left text, XML syntax, 50,000-character paragraphs, empty everything, deep lists, ragged tables.
 * Deterministic: the same seed gives the same workshop.
 */

const mulberry32 = (seed: number) => () => {
  let t = (seed += 0x6d2b79f5);
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};

type Rng = () => number;

const PIECES = [
  '',
  ' ',
  'Layanan publik',
  '\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000B\u000C\u000E\u000F\u0010\u001F',
  '\uD800',
  '\uDFFF',
  '\uFFFE\uFFFF',
  '🏙️👩🏽‍💻🇮🇩',
  'مدينة ذكية',
  'עיר חכמה',
  '\u202Eterbalik\u202C',
  '<w:p>&amp;</w:t>]]><![CDATA[',
  '"\'<>&',
  '&#x1;&#0;',
  '\r\n\t',
  'a\u0300\u0301\u0302',
  '\u200B\u200D\uFEFF',
  'Rp 1.250.000.000',
  '%%{init: {"theme":"dark"}}%%',
  'section : click call()',
  '𝕊𝕞𝕒𝕣𝕥 ℂ𝕚𝕥𝕪',
  'ÄÖÜ ß ñ ç',
];

const pick = <T>(rng: Rng, items: readonly T[]): T => items[Math.floor(rng() * items.length)] as T;

/** Hostile text of at most `max` characters (UTF-16 units), sometimes empty, sometimes as long as allowed. */
export const hostileText = (rng: Rng, max: number): string => {
  const roll = rng();
  if (roll < 0.1) return '';
  if (roll < 0.103) return 'x'.repeat(max);
  if (roll < 0.106) return 'kata panjang '.repeat(Math.ceil(max / 13)).slice(0, max);
  let out = '';
  const parts = 1 + Math.floor(rng() * 6);
  for (let i = 0; i < parts; i++) out += pick(rng, PIECES);
  return out.slice(0, max);
};

/** Control and bidi characters, which names and required texts lose when stored (see cleanLine in shared/model/ids.ts). */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const INVISIBLE = /[\u0000-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069\u2028\u2029]/g;

/** Hostile text that survives cleaning and `.trim().min(1)` (required fields). */
const requiredHostile = (rng: Rng, max: number): string => {
  const text = hostileText(rng, max).trim();
  return text.replace(INVISIBLE, '').trim() === '' ? pick(rng, ['\u0001x', '🙂', 'x', 'مدينة']) : text.slice(0, max);
};

const hostileLink = (rng: Rng): string =>
  pick(rng, ['https://example.go.id/a?b=1&c="2"', 'javascript:alert(1)', 'mailto:a@b.id', 'https://x.id/<script>', 'ftp://x', '', `https://${'a'.repeat(3000)}`]);

const textNode = (rng: Rng, max = 200): RichNode => {
  const marks = ['bold', 'italic', 'underline', 'strike', 'code', 'highlight']
    .filter(() => rng() < 0.3)
    .map((type) => ({ type }));
  if (rng() < 0.2) marks.push({ type: 'link', attrs: { href: hostileLink(rng) } } as { type: string; attrs: { href: string } });
  return { type: 'text', text: hostileText(rng, max) || ' ', ...(marks.length ? { marks } : {}) };
};

const paragraphNode = (rng: Rng, huge: boolean): RichNode => ({
  type: 'paragraph',
  content: huge ? [{ type: 'text', text: `${'Paragraf sangat panjang 🏙️ '.repeat(1900)}\u0001akhir`.slice(0, 50_000) }] : [textNode(rng), ...(rng() < 0.3 ? [{ type: 'hardBreak' }, textNode(rng)] : [])],
});

const listNode = (rng: Rng, depth: number): RichNode => ({
  type: rng() < 0.5 ? 'bulletList' : 'orderedList',
  content: Array.from({ length: 1 + Math.floor(rng() * 3) }, () => ({
    type: 'listItem',
    // Deeper than Word's nine list levels now and then.
    content: [paragraphNode(rng, false), ...(depth < 12 && rng() < (depth < 3 ? 0.4 : 0.8) ? [listNode(rng, depth + 1)] : [])],
  })),
});

const tableNode = (rng: Rng): RichNode => ({
  type: 'table',
  content: Array.from({ length: Math.floor(rng() * 4) }, (_, r) => ({
    type: 'tableRow',
    content: Array.from({ length: Math.floor(rng() * 5) }, () => ({
      type: r === 0 && rng() < 0.5 ? 'tableHeader' : 'tableCell',
      attrs: { colspan: pick(rng, [1, 1, 2, 0, -3, 99, 1.5]), colwidth: pick(rng, [null, [120], [0], ['x']]) },
      content: rng() < 0.2 ? [] : [rng() < 0.3 ? listNode(rng, 0) : paragraphNode(rng, false), ...(rng() < 0.1 ? [tableNode(rng)] : [])],
    })),
  })),
});

export const hostileDoc = (rng: Rng, huge = false): RichDoc => ({
  type: 'doc',
  content: Array.from({ length: Math.floor(rng() * 5) }, (_, i) => {
    const roll = rng();
    if (huge && i === 0) return paragraphNode(rng, true);
    if (roll < 0.35) return paragraphNode(rng, false);
    if (roll < 0.5) return { type: 'heading', attrs: { level: pick(rng, [1, 2, 3, 6, 0, 'x']) }, content: [textNode(rng)] };
    if (roll < 0.7) return listNode(rng, 0);
    if (roll < 0.8) return tableNode(rng);
    if (roll < 0.85) return { type: 'blockquote', content: [paragraphNode(rng, false)] };
    if (roll < 0.9) return { type: 'codeBlock', content: [textNode(rng)] };
    return { type: pick(rng, ['image', 'horizontalRule', 'mystery', 'taskList']), attrs: { src: 'x' }, content: rng() < 0.5 ? [paragraphNode(rng, false)] : undefined };
  }),
});

const BAD_PNG = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAB//8AAf//CAYAAAA=';

/** One hostile but schema-valid workshop. */
export const hostileWorkshop = (seed: number): Workshop => {
  const rng = mulberry32(seed);
  const huge = seed % 25 === 0;
  const empty = seed % 10 === 0;
  const count = (n: number) => (empty ? 0 : Math.floor(rng() * n));
  const id = (prefix: string, i: number) => `${prefix}-${i}`;
  const dimensions = Array.from({ length: 1 + Math.floor(rng() * 3) }, (_, d) => ({
    id: id('d', d),
    code: `D${d}`,
    nameId: requiredHostile(rng, 200),
    meaningId: hostileText(rng, 2000),
    elements: Array.from({ length: 1 + Math.floor(rng() * 3) }, (_, e) => ({ id: id(`d${d}e`, e), code: `E${e}`, nameId: requiredHostile(rng, 200), meaningId: hostileText(rng, 1000) })),
  }));
  const elementOf = (d: number) => dimensions[d]?.elements[0]?.id ?? 'x';
  const opds = Array.from({ length: count(4) }, (_, i) => ({ id: id('opd', i), abbreviation: requiredHostile(rng, 40), name: requiredHostile(rng, 200), role: hostileText(rng, 500) }));
  const opdId = () => (opds.length > 0 && rng() < 0.8 ? pick(rng, opds).id : null);
  const start = 2020 + Math.floor(rng() * 10);
  const years = rng() < 0.5 ? 5 : 10;
  const programs = Array.from({ length: count(3) }, (_, i) => {
    const d = Math.floor(rng() * dimensions.length);
    const programYears = Array.from({ length: Math.floor(rng() * 4) }, () => start + Math.floor(rng() * (years + 3)) - 1);
    return {
      id: id('p', i),
      code: `P${i}-X${Math.floor(rng() * 99)}`,
      dimensionId: dimensions[d]!.id,
      elementId: elementOf(d),
      name: requiredHostile(rng, 300),
      acronym: hostileText(rng, 40).trim(),
      description: huge && i === 0 ? 'deskripsi '.repeat(1000) : hostileText(rng, 10_000),
      innovationType: pick(rng, [null, 'aplikasi-tik', 'kebijakan-regulasi'] as const),
      status: pick(rng, ['eksisting', 'pengembangan', 'baru'] as const),
      leadOpdId: opdId(),
      supportingOpdIds: opds.filter(() => rng() < 0.3).map((o) => o.id),
      partners: rng() < 0.5 ? [requiredHostile(rng, 1000)] : [],
      output: hostileText(rng, 1000),
      risks: hostileText(rng, 5000),
      mitigation: hostileText(rng, 5000),
      years: programYears.filter((y) => y >= 2000 && y <= 2100),
      budget: programYears.map((y) => ({ year: y, amount: Math.floor(rng() * 1e12) })),
      funding: rng() < 0.5 ? [{ sourceId: 'f-0', amount: 0 }] : [{ sourceId: 'f-0', amount: 0 }, { sourceId: 'f-1', amount: 1000 }, { sourceId: 'ghost', amount: 0 }],
      indicators: rng() < 0.5 ? [{ id: 'i', name: requiredHostile(rng, 300), unit: hostileText(rng, 60).replace(/[\t\n\r]/g, ' '), baseline: rng() * 1e6, targets: [{ year: start, value: -rng() * 1e3 }] }] : [],
      issueIds: ['isu-0', 'missing'],
    };
  });
  const input: WorkshopInput = {
    schemaVersion: 3,
    id: `fuzz-${seed}`,
    revision: seed,
    title: requiredHostile(rng, 200),
    createdAt: '2025-01-01T00:00:00.000Z',
    updatedAt: '2025-01-01T00:00:00.000Z',
    region: {
      name: hostileText(rng, 120),
      kind: rng() < 0.5 ? 'kota' : 'kabupaten',
      province: hostileText(rng, 120),
      logo: pick(rng, [null, LOGO_PNG, BAD_PNG, 'data:image/svg+xml;base64,PHN2Zy8+']),
      population: rng() < 0.5 ? null : Math.floor(rng() * 100_000_000),
      areaKm2: rng() < 0.5 ? null : rng() * 1_000_000,
      kecamatanCount: rng() < 0.5 ? null : 0,
      rpjmdPeriod: rng() < 0.5 ? null : { startYear: start, endYear: start + 4 },
      regionalHead: { title: hostileText(rng, 120), name: hostileText(rng, 200), deputyName: hostileText(rng, 200) },
      description: huge ? 'Deskripsi panjang. '.repeat(1000) : hostileText(rng, 20_000),
    },
    horizon: { startYear: start, years },
    dimensionSet: { id: 'set', name: requiredHostile(rng, 200), dimensions },
    opds,
    participants: Array.from({ length: count(4) }, (_, i) => ({ id: id('pt', i), name: requiredHostile(rng, 200), position: hostileText(rng, 200), opdId: opdId(), role: pick(rng, ['dewan', 'opd', 'mitra'] as const) })),
    fundingSources: [
      { id: 'f-0', name: requiredHostile(rng, 120) },
      { id: 'f-1', name: requiredHostile(rng, 120) },
    ],
    readinessItems: Array.from({ length: count(6) }, (_, i) => ({
      id: id('r', i),
      pillar: pick(rng, ['struktur', 'infrastruktur', 'suprastruktur', 'nature', 'culture'] as const),
      title: requiredHostile(rng, 300),
      indicator: hostileText(rng, 1000),
      score: pick(rng, [null, 1, 3, 5]),
      evidence: hostileText(rng, 5000),
      swot: pick(rng, [null, 'S', 'W', 'O', 'T'] as const),
      opdId: opdId(),
    })),
    issues: Array.from({ length: count(4) }, (_, i) => ({ id: id('isu', i), dimensionId: pick(rng, dimensions).id, kind: pick(rng, ['permasalahan', 'potensi'] as const), text: requiredHostile(rng, 2000), rpjmdIssue: hostileText(rng, 500) })),
    swotItems: Array.from({ length: count(5) }, (_, i) => ({ id: id('s', i), dimensionId: pick(rng, dimensions).id, quadrant: pick(rng, ['S', 'W', 'O', 'T'] as const), text: requiredHostile(rng, 1000) })),
    towsStrategies: Array.from({ length: count(3) }, (_, i) => ({ id: id('t', i), dimensionId: pick(rng, dimensions).id, kind: pick(rng, ['SO', 'ST', 'WO', 'WT'] as const), text: requiredHostile(rng, 2000) })),
    gapAnalyses: Array.from({ length: count(2) }, (_, i) => ({ id: id('g', i), dimensionId: pick(rng, dimensions).id, currentCondition: hostileText(rng, 5000), targetCondition: hostileText(rng, 5000), gap: hostileText(rng, 5000) })),
    vision: { statement: hostileDoc(rng), explanation: hostileDoc(rng), keywords: Array.from({ length: count(3) }, () => requiredHostile(rng, 80)) },
    missions: Array.from({ length: count(3) }, (_, i) => ({ id: id('m', i), text: requiredHostile(rng, 1000), dimensionIds: [pick(rng, dimensions).id, 'ghost'] })),
    goals: Array.from({ length: count(3) }, (_, i) => ({ id: id('go', i), missionId: rng() < 0.5 ? 'm-0' : null, text: requiredHostile(rng, 1000), indicator: { name: hostileText(rng, 500), unit: hostileText(rng, 60).replace(/[\t\n\r]/g, ' '), baseline: rng() < 0.5 ? null : rng() * 100, targets: [{ year: start, value: rng() * 100 }] } })),
    programs,
    quickWins: {
      weights: { impact: pick(rng, [0, 30, 100]), speed: 20, feasibility: 15, cost: 15, innovation: 10, sustainability: 10 },
      candidates: programs
        .filter(() => rng() < 0.6)
        .map((p, i) => ({
          id: id('qw', i),
          programId: p.id,
          decision: pick(rng, ['chosen', 'chosen', 'pending', 'rejected'] as const),
          scores: { impact: pick(rng, [null, 1, 5]), speed: pick(rng, [null, 3]), feasibility: 2, cost: pick(rng, [1, 5]), innovation: 4, sustainability: 3 },
          overrideReason: hostileText(rng, 2000),
          sheet: { problem: hostileText(rng, 2000), plan: Array.from({ length: Math.floor(rng() * 4) }, (_, k) => ({ id: id('tl', k), quarter: 1 + Math.floor(rng() * 4), activity: hostileText(rng, 500), opdId: rng() < 0.5 ? null : 'ghost-opd', deliverable: hostileText(rng, 500) })), indicators: hostileText(rng, 5000), risks: hostileText(rng, 5000), progress: Math.floor(rng() * 101) },
        })),
    },
    roadmap: { phaseLabels: { pendek: hostileText(rng, 80), menengah: hostileText(rng, 80), panjang: hostileText(rng, 80) }, notes: dimensions.map((d) => ({ dimensionId: d.id, text: hostileText(rng, 5000) })) },
    sections: Array.from({ length: empty ? 0 : 1 + Math.floor(rng() * 5) }, (_, i) => ({
      id: id('sec', i),
      outlineKey: pick(rng, ['bab1-latar-belakang', 'kata-sambutan', 'bab2-x', 'bab9-y', 'lain', '', 'penutup', 'bab5-dimensi-d-0']),
      title: requiredHostile(rng, 300),
      content: hostileDoc(rng, huge && i === 0),
      ownerOpdId: opdId(),
    })),
    commitment: {
      place: hostileText(rng, 200),
      date: rng() < 0.5 ? null : '2025-02-30',
      statement: hostileText(rng, 5000),
      entries: Array.from({ length: count(3) }, (_, i) => ({ id: id('c', i), opdId: opdId(), headTitle: hostileText(rng, 200), headName: hostileText(rng, 200), commitment: hostileText(rng, 5000) })),
    },
    exportSettings: { paperSize: rng() < 0.5 ? 'A4' : 'F4', optionalChapters: rng() < 0.3 ? ['kebijakan-kelembagaan', 'pola-pikir-komunitas'] : [] },
  };
  return WorkshopSchema.parse(input);
};
