import { fill, headTitle, programTitle, section, opdName, dimensionName, type BuildContext } from '../context';
import { formatDecimal, formatInteger } from '../format';
import { CHAPTERS } from '../outline';
import { cell, columns, keyValueTable, row } from '../tables';
import { cleanLine, paragraph, paragraphsFromText } from '../text';

const profileTable = (ctx: BuildContext): boolean => {
  const { region } = ctx.workshop;
  const pairs: Array<[string, string]> = [];
  const add = (label: string, value: string) => {
    if (value !== '') pairs.push([label, value]);
  };
  add('Provinsi', cleanLine(region.province));
  add('Luas wilayah', region.areaKm2 === null ? '' : `${formatDecimal(region.areaKm2, 2)} km²`);
  add('Jumlah penduduk', region.population === null ? '' : `${formatInteger(region.population)} jiwa`);
  add('Jumlah kecamatan', region.kecamatanCount === null ? '' : formatInteger(region.kecamatanCount));
  add('Jumlah desa', region.desaCount === null ? '' : formatInteger(region.desaCount));
  add('Jumlah kelurahan', region.kelurahanCount === null ? '' : formatInteger(region.kelurahanCount));
  // The head's title always (Bupati Malang), with the name when one is entered.
  const headName = cleanLine(region.regionalHead.name);
  add('Kepala daerah', headName === '' ? headTitle(ctx.workshop) : `${headTitle(ctx.workshop)}: ${headName}`);
  add('Wakil kepala daerah', cleanLine(region.regionalHead.deputyName));
  const description = paragraphsFromText(region.description);
  ctx.out.add(...description);
  const added = ctx.out.table(`Profil singkat ${ctx.regionName}`, keyValueTable(pairs.map(([l, v]) => [l, v]), [4, 6]));
  return added || description.length > 0;
};

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
  fill(ctx, innovations.key, () => existingInnovations(ctx));
};
