import { describe, expect, it } from 'vitest';
import { KEYWORD_MAX_LENGTH, MAX_KEYWORDS, checkNewKeyword, suggestKeywordsForWorkshop, suggestVisionKeywords, visionKeywordSources } from '../../../shared/logic/vision-keywords';
import { VisionSchema } from '../../../shared/model';
import { demoWorkshop, emptyWorkshop } from './workshop-fixtures';

describe('vision keywords gathered from Tahap I', () => {
  const tahapSatu = [
    'Pelayanan publik belum terintegrasi antar OPD',
    'Pelayanan publik masih manual di kecamatan',
    'Potensi wisata alam Bromo belum dipromosikan secara digital',
    'Meningkatkan promosi wisata digital bersama komunitas',
    'UMKM belum memanfaatkan pemasaran digital',
    'Pendampingan UMKM oleh perguruan tinggi',
  ];

  it('ranks the words the room mentions most, in how many entries they appear', () => {
    const suggestions = suggestVisionKeywords(tahapSatu);
    expect(suggestions[0]).toEqual({ keyword: 'digital', count: 3 });
    expect(suggestions.map((s) => s.keyword)).toEqual(expect.arrayContaining(['pelayanan publik', 'wisata', 'UMKM']));
  });

  it('skips Indonesian stopwords and the verbs strategies start with', () => {
    const words = suggestVisionKeywords(tahapSatu, { minCount: 1, limit: 100 }).map((s) => s.keyword);
    for (const stopword of ['belum', 'yang', 'secara', 'masih', 'oleh', 'meningkatkan', 'memanfaatkan', 'antar']) expect(words).not.toContain(stopword);
  });

  it('suggests a phrase such as "pelayanan publik" instead of its words when they only appear together', () => {
    const words = suggestVisionKeywords(tahapSatu).map((s) => s.keyword);
    expect(words).toContain('pelayanan publik');
    expect(words).not.toContain('pelayanan');
    expect(words).not.toContain('publik');
  });

  it('keeps an acronym in capitals, a word in lower case', () => {
    const words = suggestVisionKeywords(['UMKM naik kelas', 'Digitalisasi UMKM', 'Desa Digital', 'desa digital mandiri']).map((s) => s.keyword);
    expect(words).toContain('UMKM');
    expect(words).toContain('desa digital');
  });

  it('counts a word once per entry, however often the entry repeats it', () => {
    expect(suggestVisionKeywords(['wisata wisata wisata', 'wisata'])).toEqual([{ keyword: 'wisata', count: 2 }]);
  });

  it('leaves out keywords already chosen and words met only once', () => {
    const words = suggestVisionKeywords(tahapSatu, { exclude: ['Digital', 'UMKM'] }).map((s) => s.keyword);
    expect(words).not.toContain('digital');
    expect(words).not.toContain('UMKM');
    expect(words).not.toContain('bromo');
  });

  it('does not suggest the words of a phrase the room already chose ("desa digital" covers "desa")', () => {
    const words = suggestVisionKeywords(['Desa digital mandiri', 'Layanan desa', 'Pembayaran digital', 'Pasar desa digital'], { exclude: ['desa digital'] }).map((s) => s.keyword);
    expect(words).not.toContain('desa');
    expect(words).not.toContain('digital');
  });

  it('gives nothing for a workshop whose Tahap I is still empty', () => {
    expect(suggestKeywordsForWorkshop(emptyWorkshop())).toEqual([]);
  });

  it('draws on the demo workshop’s issues, SWOT factors and TOWS strategies, without the region’s own name', () => {
    const w = demoWorkshop();
    expect(visionKeywordSources(w).length).toBe(w.issues.length + w.swotItems.length + w.towsStrategies.length);
    const suggestions = suggestKeywordsForWorkshop(w, 10);
    expect(suggestions.length).toBeGreaterThan(3);
    expect(suggestions.map((s) => s.keyword.toLowerCase())).not.toContain('malang');
    for (const kept of w.vision.keywords) expect(suggestions.map((s) => s.keyword.toLowerCase())).not.toContain(kept.toLowerCase());
    const counts = suggestions.map((s) => s.count);
    expect([...counts].sort((a, b) => b - a)).toEqual(counts);
  });
});

describe('adding a vision keyword by hand', () => {
  it('accepts a new word, tidied', () => {
    expect(checkNewKeyword('  berdaya   saing ', ['lestari'])).toEqual({ ok: true, keyword: 'berdaya saing' });
  });

  it('refuses an empty word, a word already there in another case, and one too long', () => {
    expect(checkNewKeyword('   ', [])).toEqual({ ok: false, reason: 'empty' });
    expect(checkNewKeyword('Lestari', ['lestari'])).toEqual({ ok: false, reason: 'duplicate' });
    expect(checkNewKeyword('x'.repeat(KEYWORD_MAX_LENGTH + 1), [])).toEqual({ ok: false, reason: 'too-long' });
  });

  it('stops at the number of keywords the workshop can hold', () => {
    const full = Array.from({ length: MAX_KEYWORDS }, (_, i) => `kata ${i}`);
    expect(checkNewKeyword('satu lagi', full)).toEqual({ ok: false, reason: 'too-many' });
  });

  it('uses the same limits as the stored vision', () => {
    const vision = (keywords: string[]) => VisionSchema.safeParse({ keywords }).success;
    expect(vision(['x'.repeat(KEYWORD_MAX_LENGTH)])).toBe(true);
    expect(vision(['x'.repeat(KEYWORD_MAX_LENGTH + 1)])).toBe(false);
    expect(vision(Array.from({ length: MAX_KEYWORDS }, (_, i) => `k${i}`))).toBe(true);
    expect(vision(Array.from({ length: MAX_KEYWORDS + 1 }, (_, i) => `k${i}`))).toBe(false);
  });
});
