import { planEndYear } from '../../model';
import { fill, headTitle, opdName, type BuildContext } from '../context';
import { formatDate, formatInteger, formatRupiah } from '../format';
import { ROLE_LABELS, ROLE_ORDER } from '../labels';
import { FRONT_MATTER } from '../outline';
import { programTotal } from '../stats';
import { cell, columns, row } from '../tables';
import { cleanLine, paragraph, paragraphOf } from '../text';
import { imageFromDataUrl } from '../image';
import { signingPlace } from '../place';
import type { Block } from '../model';

const frontTitle = (key: string): string => FRONT_MATTER.find((s) => s.key === key)?.title ?? key;

export const cover = (ctx: BuildContext): void => {
  const { workshop, options } = ctx;
  const start = workshop.horizon.startYear;
  const end = planEndYear(workshop.horizon);
  const province = cleanLine(workshop.region.province);
  ctx.out.startSection('portrait', false);
  ctx.out.add({
    kind: 'cover',
    title: 'MASTERPLAN SMART CITY',
    regionLine: ctx.regionName.toUpperCase(),
    provinceLine: province === '' ? '' : `PROVINSI ${province.toUpperCase()}`,
    periodLine: `TAHUN ${start}–${end}`,
    subtitle: options.opdId ? `Bagian ${opdName(ctx, options.opdId) || options.opdId}` : 'Gerakan Menuju 100 Smart City',
    logo: workshop.region.logo ? imageFromDataUrl(workshop.region.logo) : null,
    issuer: `PEMERINTAH ${ctx.regionName.toUpperCase()}`,
    // The year it is signed, as the foreword's date is (the demo of the 2021 Bimtek read "2026", the year it was opened).
    year: (workshop.commitment.date ?? workshop.updatedAt).slice(0, 4),
    draftMark: options.draft ? ctx.labels.draftMark : null,
  });
  ctx.out.startSection('portrait', true);
};

const teamTable = (ctx: BuildContext): boolean => {
  const people = [...ctx.workshop.participants].sort((a, b) => ROLE_ORDER.indexOf(a.role) - ROLE_ORDER.indexOf(b.role));
  return ctx.out.table(null, {
    columns: columns(['No', 1, 'center'], ['Nama', 5], ['Jabatan', 5], ['Unsur', 4]),
    rows: people.map((p, i) =>
      row([cell(String(i + 1), { align: 'center' }), cell(cleanLine(p.name) || '-'), cell(cleanLine([p.position, opdName(ctx, p.opdId)].filter(Boolean).join(', ')) || '-'), cell(ROLE_LABELS[p.role])]),
    ),
  });
};

const executiveSummary = (ctx: BuildContext): Block[] => {
  const { workshop } = ctx;
  if (ctx.programs.length === 0) return [];
  const total = ctx.programs.reduce((sum, p) => sum + programTotal(p), 0);
  const dimensions = workshop.dimensionSet.dimensions.filter((d) => ctx.programs.some((p) => p.dimensionId === d.id)).length;
  return [
    paragraph(
      `Masterplan ini memuat ${formatInteger(ctx.programs.length)} program dan inovasi pada ${dimensions} dimensi smart city untuk periode ` +
        `${workshop.horizon.startYear}–${planEndYear(workshop.horizon)}, dengan ${ctx.quickWins.length} program quick win ` +
        `dan total indikasi anggaran ${formatRupiah(total)}.`,
    ),
  ];
};

/** Dotted lines standing in for what is written by hand: a place, a date, a name. */
const BLANK_PLACE = '....................';
const BLANK_DATE = '.................... ';
const BLANK_NAME = '(....................................)';

/**
 * The regional head's foreword: the head's title under the heading ("BUPATI MALANG"), the text, and a signature
 * block with place and date (the commitment's when set, the place else the region's seat (place.ts), else dotted lines), the title, and the name when one is entered.
 */
const headForeword = (ctx: BuildContext): void => {
  const { region, commitment, updatedAt } = ctx.workshop;
  const title = headTitle(ctx.workshop);
  ctx.out.add(paragraphOf([{ kind: 'text', text: title.toUpperCase(), bold: true }], 'body', 'center'));
  fill(ctx, 'kata-sambutan');
  const place = signingPlace(commitment.place, region) || BLANK_PLACE;
  const date = commitment.date ? formatDate(commitment.date) : `${BLANK_DATE}${updatedAt.slice(0, 4)}`;
  ctx.out.add({
    kind: 'signatures',
    placeAndDate: `${place}, ${date}`,
    signers: [{ role: title, name: cleanLine(region.regionalHead.name) || BLANK_NAME }],
  });
};

/** Cover, forewords, team, table of contents, lists of tables and figures, executive summary. */
export const frontMatter = (ctx: BuildContext): void => {
  cover(ctx);
  ctx.out.frontHeading(frontTitle('kata-sambutan'));
  headForeword(ctx);
  ctx.out.frontHeading(frontTitle('kata-pengantar'));
  fill(ctx, 'kata-pengantar');
  ctx.out.frontHeading(frontTitle('tim-penyusun'));
  fill(ctx, 'tim-penyusun', () => teamTable(ctx));
  ctx.out.newPage();
  ctx.out.add({ kind: 'toc', title: ctx.labels.tocTitle });
  ctx.out.newPage();
  ctx.out.add({ kind: 'listOfTables', title: ctx.labels.listOfTablesTitle });
  ctx.out.newPage();
  ctx.out.add({ kind: 'listOfFigures', title: ctx.labels.listOfFiguresTitle });
  ctx.out.frontHeading(frontTitle('ringkasan-eksekutif'));
  fill(ctx, 'ringkasan-eksekutif', executiveSummary(ctx));
};
