import { MILESTONE_KIND_LABELS, deputyTitleOf } from '../../logic/region-facts';
import { bareRegionName, fill, headTitle, programTitle, section, opdName, dimensionName, type BuildContext } from '../context';
import { formatDate, formatDecimal, formatInteger } from '../format';
import { CHAPTERS } from '../outline';
import { cell, columns, keyValueTable, row } from '../tables';
import { cleanLine, paragraph, paragraphsFromText } from '../text';

/** "Wakil Bupati Malang": the deputy's title (entered, else from the region's kind) with the region's name. */
const deputyTitle = (ctx: BuildContext): string => {
  const title = cleanLine(deputyTitleOf(ctx.workshop.region));
  const name = bareRegionName(ctx.workshop);
  return name === '' || title.toLowerCase().includes(name.toLowerCase()) ? title : `${title} ${name}`;
};

/** "Bupati Malang: H. M. Sanusi", or the title alone when no name is entered. */
const titleWithName = (title: string, name: string): string => (cleanLine(name) === '' ? title : `${title}: ${cleanLine(name)}`);

const profileTable = (ctx: BuildContext): boolean => {
  const { region } = ctx.workshop;
  const pairs: Array<[string, string]> = [];
  const add = (label: string, value: string) => {
    if (value !== '') pairs.push([label, value]);
  };
  add('Kode wilayah (Kemendagri)', region.code);
  add('Provinsi', cleanLine(region.province));
  add('Ibu kota', cleanLine(region.capital));
  add('Semboyan', cleanLine(region.motto));
  add('Luas wilayah', region.areaKm2 === null ? '' : `${formatDecimal(region.areaKm2, 2)} km²`);
  const populationYear = region.populationYear === null ? '' : ` (tahun ${region.populationYear})`;
  add('Jumlah penduduk', region.population === null ? '' : `${formatInteger(region.population)} jiwa${populationYear}`);
  add('Jumlah kecamatan', region.kecamatanCount === null ? '' : formatInteger(region.kecamatanCount));
  add('Daftar kecamatan', region.kecamatan.map(cleanLine).join(', '));
  add('Jumlah desa', region.desaCount === null ? '' : formatInteger(region.desaCount));
  add('Jumlah kelurahan', region.kelurahanCount === null ? '' : formatInteger(region.kelurahanCount));
  // The head's and the deputy's titles always (Bupati Malang, Wakil Bupati Malang), with the names when entered.
  add('Kepala daerah', titleWithName(headTitle(ctx.workshop), region.regionalHead.name));
  add('Wakil kepala daerah', titleWithName(deputyTitle(ctx), region.regionalHead.deputyName));
  const description = paragraphsFromText(region.description);
  ctx.out.add(...description);
  const added = ctx.out.table(`Profil singkat ${ctx.regionName}`, keyValueTable(pairs.map(([l, v]) => [l, v]), [4, 6]));
  return added || description.length > 0;
};

/** The region's smart-city milestones (launch, MoU with the ministry …), in date order. */
const milestonesTable = (ctx: BuildContext): boolean =>
  ctx.out.table(`Tonggak smart city ${ctx.regionName}`, {
    columns: columns(['No', 1, 'center'], ['Tanggal', 3], ['Peristiwa', 8], ['Jenis', 3]),
    rows: ctx.workshop.region.milestones.map((m, i) => row([cell(String(i + 1), { align: 'center' }), cell(formatDate(m.date)), cell(cleanLine(m.event)), cell(MILESTONE_KIND_LABELS[m.kind])])),
  });

const existingInnovations = (ctx: BuildContext): boolean => {
  const existing = ctx.programs.filter((p) => p.status === 'eksisting');
  return ctx.out.table('Inovasi dan aplikasi yang sudah berjalan', {
    columns: columns(['No', 1, 'center'], ['Nama inovasi', 5], ['Dimensi', 3], ['OPD', 2]),
    rows: existing.map((p, i) => row([cell(String(i + 1), { align: 'center' }), cell(programTitle(p)), cell(dimensionName(ctx, p.dimensionId)), cell(opdName(ctx, p.leadOpdId) || '-')])),
  });
};

export const regionOverview = (ctx: BuildContext): void => {
  const c = CHAPTERS.bab2;
  ctx.out.chapter(c.title);
  const [geography, demography, economy, services, rpjmd, innovations] = c.sections;
  ctx.out.section(geography.title);
  fill(ctx, geography.key, () => profileTable(ctx));
  section(ctx, demography.key, demography.title);
  section(ctx, economy.key, economy.title);
  section(ctx, services.key, services.title);
  const period = ctx.workshop.region.rpjmdPeriod;
  section(ctx, rpjmd.key, rpjmd.title, period ? [paragraph(`Periode RPJMD yang berlaku adalah tahun ${period.startYear}–${period.endYear}.`)] : []);
  ctx.out.section(innovations.title);
  fill(ctx, innovations.key, () => [milestonesTable(ctx), existingInnovations(ctx)].some(Boolean));
};
