import type { Workshop } from '../model';

/**
 * Kata kunci visi: Tahap I ends with the words the room keeps coming back to. This ranks the
 * meaningful words (and two-word phrases such as "pelayanan publik") that appear in the most
 * issues, SWOT factors and TOWS strategies, skipping Indonesian function words and the verbs
 * every strategy starts with.
 */
export interface KeywordSuggestion {
  /** As it should read on a chip: lower case, or upper case for an acronym such as "UMKM". */
  keyword: string;
  /** How many Tahap I entries mention it. */
  count: number;
}

export interface SuggestOptions {
  /** Keywords already chosen, or words not worth suggesting (the region's own name); compared without case. */
  exclude?: readonly string[];
  /** At most this many suggestions (default 15). */
  limit?: number;
  /** A word must appear in at least this many entries (default 2). */
  minCount?: number;
}

const STOPWORDS = new Set(
  [
    // Function words
    'yang dan atau serta di ke dari untuk bagi dengan pada dalam oleh kepada terhadap tentang antara antar atas bawah',
    'ini itu tersebut sebagai karena agar supaya sehingga namun tetapi tapi jika bila apabila maka saat ketika sejak selama',
    'hingga sampai melalui lewat tanpa per para setiap tiap semua seluruh beberapa banyak sedikit masing lain lainnya',
    'adalah ialah yaitu yakni merupakan menjadi ada adanya tidak tak bukan belum sudah telah akan sedang masih pernah',
    'dapat bisa mampu harus perlu wajib boleh juga pun lagi lebih kurang paling sangat cukup hanya saja baik',
    'secara sendiri bersama sama kita kami mereka dia ia nya pula yg dgn utk tsb dll dsb',
    // Verbs and words every worksheet line starts with
    'meningkatkan peningkatan mengoptimalkan optimalisasi mengembangkan pengembangan memperkuat penguatan mendorong',
    'memanfaatkan pemanfaatan menggunakan penggunaan membangun pembangunan menyediakan penyediaan melakukan pelaksanaan',
    'mewujudkan menerapkan penerapan memperluas perluasan mempercepat percepatan membuat pembuatan menyusun penyusunan',
    'mengurangi menekan mengatasi menangani penanganan menjaga memastikan meminimalkan mengelola pengelolaan',
    'memberikan mendukung dukungan terkait berbagai kondisi masalah permasalahan potensi isu strategi program kegiatan',
    'rendah tinggi besar kecil baru lama belum optimal terbatas keterbatasan minim minimnya sulit lambat lemah lemahnya kurangnya sering',
    'opd perangkat dinas',
    // The region itself: present in everything, so it says nothing
    'kabupaten kota daerah pemerintah pemda pemkab pemkot wilayah',
  ]
    .join(' ')
    .split(/\s+/),
);

const WORD = /[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu;

interface Token {
  key: string;
  surface: string;
}

const tokensOf = (text: string): (Token | null)[] =>
  Array.from(text.normalize('NFKC').matchAll(WORD), (m) => {
    const surface = m[0];
    const key = surface.toLocaleLowerCase('id');
    const meaningful = key.length >= 3 && !/^\d+$/.test(key) && !STOPWORDS.has(key);
    // A stopword stays in the stream as a gap, so a phrase never jumps over it.
    return meaningful ? { key, surface } : null;
  });

interface Tally {
  count: number;
  words: number;
}

const isAcronym = (surface: string): boolean => surface.length >= 2 && surface === surface.toLocaleUpperCase('id') && /\p{L}/u.test(surface);

/** Words and adjacent word pairs of each text, counted once per text; and how often each word is written in capitals. */
const tally = (texts: readonly string[]) => {
  const tallies = new Map<string, Tally>();
  const capitals = new Map<string, { upper: number; seen: number }>();
  const note = (key: string, words: number, inText: Set<string>) => {
    const t = tallies.get(key) ?? { count: 0, words };
    if (!inText.has(key)) {
      t.count += 1;
      inText.add(key);
    }
    tallies.set(key, t);
  };
  for (const text of texts) {
    const inText = new Set<string>();
    const tokens = tokensOf(text);
    tokens.forEach((token, i) => {
      if (!token) return;
      const c = capitals.get(token.key) ?? { upper: 0, seen: 0 };
      c.seen += 1;
      if (isAcronym(token.surface)) c.upper += 1;
      capitals.set(token.key, c);
      note(token.key, 1, inText);
      const next = tokens[i + 1];
      if (next) note(`${token.key} ${next.key}`, 2, inText);
    });
  }
  const display = (key: string): string =>
    key
      .split(' ')
      .map((word) => {
        const c = capitals.get(word);
        return c && c.upper * 2 > c.seen ? word.toLocaleUpperCase('id') : word;
      })
      .join(' ');
  return { tallies, display };
};

/** Suggested vision keywords, the most mentioned first; a phrase comes before its words when it is as frequent. */
export const suggestVisionKeywords = (texts: readonly string[], options: SuggestOptions = {}): KeywordSuggestion[] => {
  const { limit = 15, minCount = 2 } = options;
  const excluded = (options.exclude ?? []).map((w) => w.trim().toLocaleLowerCase('id')).filter((w) => w !== '');
  // A keyword already chosen covers its own words too: "desa digital" makes "desa" and "digital" redundant.
  const covered = (key: string): boolean => excluded.some((e) => e === key || ` ${e} `.includes(` ${key} `));
  const { tallies, display } = tally(texts);
  const candidates = [...tallies.entries()]
    .filter(([key, t]) => t.count >= minCount && !covered(key))
    .sort(([a, ta], [b, tb]) => tb.count - ta.count || tb.words - ta.words || a.localeCompare(b, 'id'));
  const chosen: KeywordSuggestion[] = [];
  const phrases: { key: string; count: number }[] = [];
  for (const [key, t] of candidates) {
    if (chosen.length >= limit) break;
    // A word met only inside an already suggested phrase adds nothing ("publik" after "pelayanan publik").
    if (t.words === 1 && phrases.some((p) => p.count === t.count && p.key.split(' ').includes(key))) continue;
    if (t.words === 2) phrases.push({ key, count: t.count });
    chosen.push({ keyword: display(key), count: t.count });
  }
  return chosen;
};

/** Every Tahap I text a vision keyword may come from: issues, SWOT factors and TOWS strategies. */
export const visionKeywordSources = (w: Pick<Workshop, 'issues' | 'swotItems' | 'towsStrategies'>): string[] => [
  ...w.issues.map((i) => i.text),
  ...w.swotItems.map((s) => s.text),
  ...w.towsStrategies.map((s) => s.text),
];

/** Suggestions for this workshop, leaving out the keywords it already has and the region's own name. */
export const suggestKeywordsForWorkshop = (w: Workshop, limit = 15): KeywordSuggestion[] =>
  suggestVisionKeywords(visionKeywordSources(w), {
    limit,
    exclude: [...w.vision.keywords, ...w.region.name.split(/\s+/), w.region.name],
  });

/** The limits of VisionSchema.keywords, named so a message can say them. */
export const KEYWORD_MAX_LENGTH = 80;
export const MAX_KEYWORDS = 50;

export type NewKeywordCheck = { ok: true; keyword: string } | { ok: false; reason: 'empty' | 'too-long' | 'duplicate' | 'too-many' };

/** Whether a typed keyword may join the chips: not empty, not too long, not there already (whatever its case). */
export const checkNewKeyword = (text: string, existing: readonly string[]): NewKeywordCheck => {
  const keyword = text.trim().replace(/\s+/g, ' ');
  if (keyword === '') return { ok: false, reason: 'empty' };
  if (keyword.length > KEYWORD_MAX_LENGTH) return { ok: false, reason: 'too-long' };
  const lower = keyword.toLocaleLowerCase('id');
  if (existing.some((k) => k.toLocaleLowerCase('id') === lower)) return { ok: false, reason: 'duplicate' };
  if (existing.length >= MAX_KEYWORDS) return { ok: false, reason: 'too-many' };
  return { ok: true, keyword };
};
