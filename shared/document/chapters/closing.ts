import { fill, headTitle, leftoverSections, narrative, narrativeOf, opdName, placeholder, section, type BuildContext } from '../context';
import { formatDate } from '../format';
import { signingPlace } from '../place';
import { ANNEX_SECTIONS, CHAPTERS, type OutlineChapter } from '../outline';
import { cell, columns, row } from '../tables';
import { cleanLine, paragraph, paragraphsFromText } from '../text';
import { readinessWorksheet, swotWorksheets } from './analysis';
import { fullMatrix } from './programs';
import { pollAnnex } from './polls';

/** Narrative filed under "babN-…" keys the outline does not know, appended to chapter N. */
export const chapterExtras = (ctx: BuildContext, chapterKey: string): void => {
  for (const extra of leftoverSections(ctx, (key) => key.startsWith(`${chapterKey}-`))) {
    ctx.usedKeys.add(extra.outlineKey);
    ctx.out.section(extra.title);
    const blocks = narrativeOf(ctx, extra);
    ctx.out.add(...(blocks.length > 0 ? blocks : [placeholder(ctx)]));
  }
};

export const optionalChapter = (ctx: BuildContext, chapter: OutlineChapter): void => {
  ctx.out.chapter(chapter.title);
  for (const s of chapter.sections) section(ctx, s.key, s.title);
};

export const closingChapter = (ctx: BuildContext): void => {
  ctx.out.chapter(CHAPTERS.penutup.title);
  fill(ctx, CHAPTERS.penutup.sections[0].key);
};

const commitmentSheet = (ctx: BuildContext): void => {
  const { commitment, region } = ctx.workshop;
  ctx.usedKeys.add(ANNEX_SECTIONS.commitment.key);
  ctx.out.section(ANNEX_SECTIONS.commitment.title);
  const statement = paragraphsFromText(commitment.statement);
  ctx.out.add(...(statement.length > 0 ? statement : [placeholder(ctx)]));
  const entries = commitment.entries;
  if (entries.length > 0) {
    ctx.out.table('Komitmen perangkat daerah', {
      columns: columns(['No', 1, 'center'], ['Perangkat daerah', 3], ['Nama dan jabatan', 4], ['Komitmen', 6], ['Tanda tangan', 3]),
      rows: entries.map((e, i) =>
        row(
          [
            cell(String(i + 1), { align: 'center' }),
            // The regional head signs for the whole government, not for one office.
            cell(e.opdId === null ? `Pemerintah ${ctx.regionName}` : opdName(ctx, e.opdId) || '-'),
            cell([cleanLine(e.headName), cleanLine(e.headTitle)].filter(Boolean).join('\n') || '-'),
            cell(e.commitment.trim() || '-'),
            cell(''),
          ],
          { minHeightMm: 18 },
        ),
      ),
    });
  } else {
    ctx.out.add(placeholder(ctx));
  }
  const place = signingPlace(commitment.place, region) || '....................';
  const date = commitment.date ? formatDate(commitment.date) : '....................';
  ctx.out.add({
    kind: 'signatures',
    placeAndDate: `${place}, ${date}`,
    signers: [
      {
        role: headTitle(ctx.workshop),
        name: cleanLine(region.regionalHead.name) || '(....................................)',
      },
    ],
  });
};

/** What a final document says under an annex nobody wrote (progress does not ask for these: an SK may come later). */
export const ANNEX_NOT_ATTACHED = {
  decrees: 'Surat keputusan belum dilampirkan pada dokumen ini.',
  photos: 'Dokumentasi kegiatan Bimtek tidak dilampirkan pada dokumen ini.',
} as const;

/** An annex made only of what is written for it: a draft marks the gap with "[Belum diisi]", a final document says plainly it is not attached. */
const writtenAnnex = (ctx: BuildContext, annex: 'decrees' | 'photos'): void => {
  const { key, title } = ANNEX_SECTIONS[annex];
  section(ctx, key, title, () => {
    if (ctx.options.draft || narrative(ctx, key).length > 0) return false;
    ctx.out.add(paragraph(ANNEX_NOT_ATTACHED[annex]));
    return true;
  });
};

/** LAMPIRAN: commitment sheet, decrees, readiness worksheet, full program matrix, the room's poll results, photos, and any other narrative. */
export const annexes = (ctx: BuildContext): void => {
  ctx.out.annex('LAMPIRAN');
  commitmentSheet(ctx);
  writtenAnnex(ctx, 'decrees');
  ctx.out.section(ANNEX_SECTIONS.readiness.title);
  fill(ctx, ANNEX_SECTIONS.readiness.key, () => readinessWorksheet(ctx));
  ctx.out.section(ANNEX_SECTIONS.swot.title);
  fill(ctx, ANNEX_SECTIONS.swot.key, () => swotWorksheets(ctx));
  if (ctx.programs.length > 0) {
    ctx.out.orientation('landscape');
    ctx.out.section(ANNEX_SECTIONS.matrix.title);
    fill(ctx, ANNEX_SECTIONS.matrix.key, () => fullMatrix(ctx));
    ctx.out.orientation('portrait');
  } else {
    section(ctx, ANNEX_SECTIONS.matrix.key, ANNEX_SECTIONS.matrix.title);
  }
  pollAnnex(ctx);
  writtenAnnex(ctx, 'photos');
  for (const extra of leftoverSections(ctx, () => true)) {
    ctx.usedKeys.add(extra.outlineKey);
    ctx.out.section(extra.title);
    const blocks = narrativeOf(ctx, extra);
    ctx.out.add(...(blocks.length > 0 ? blocks : [paragraph(ctx.labels.notFilled, 'placeholder')]));
  }
};
