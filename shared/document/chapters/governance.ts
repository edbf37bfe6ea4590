import { budgetTotals } from '../../logic/budget-totals';
import { fill, headTitle, opdName, programTitle, section, type BuildContext } from '../context';
import { dimensionLeads, governanceChart } from '../governance-chart';
import { formatRupiah } from '../format';
import { CHAPTERS } from '../outline';
import { boldCell, cell, columns, row } from '../tables';
import { cleanLine, paragraph } from '../text';
import type { Block, TableRow } from '../model';
import { sourceName } from './programs';

const rolesTable = (ctx: BuildContext): boolean => {
  const involved = ctx.workshop.opds.filter((o) => ctx.programs.some((p) => p.leadOpdId === o.id || p.supportingOpdIds.includes(o.id)));
  return ctx.out.table('Peran OPD dalam pelaksanaan smart city', {
    columns: columns(['OPD', 4], ['Peran', 6], ['Program sebagai penanggung jawab', 2.5, 'center'], ['Program sebagai pendukung', 2.5, 'center']),
    rows: involved.map((o) =>
      row([
        cell(cleanLine(o.abbreviation === o.name ? o.name : `${o.name} (${o.abbreviation})`)),
        cell(cleanLine(o.role) || '-'),
        cell(String(ctx.programs.filter((p) => p.leadOpdId === o.id).length), { align: 'center' }),
        cell(String(ctx.programs.filter((p) => p.supportingOpdIds.includes(o.id)).length), { align: 'center' }),
      ]),
    ),
  });
};

const regulationPrograms = (ctx: BuildContext): Block[] => {
  const programs = ctx.programs.filter((p) => p.innovationType === 'kebijakan-regulasi');
  if (programs.length === 0) return [];
  return [
    paragraph('Program berjenis kebijakan/regulasi dalam masterplan ini:'),
    { kind: 'list', ordered: false, items: programs.map((p) => ({ blocks: [paragraph(`${p.code} ${programTitle(p)}`)] })) },
  ];
};

const totalRow = (label: string, values: string[]): TableRow => row([boldCell(label, { shade: 'total' }), ...values.map((v) => boldCell(v, { shade: 'total', align: 'right' as const }))]);

const budgetPerYear = (ctx: BuildContext): boolean => {
  // One pass over the programs and their budget lines: per plan year, the programs active or funded, and the amount.
  const perYear = new Map(ctx.years.map((year) => [year, { programs: 0, amount: 0 }]));
  for (const p of ctx.programs) {
    const funded = new Set<number>();
    for (const line of p.budget) {
      const year = perYear.get(line.year);
      if (!year) continue;
      year.amount += line.amount;
      if (line.amount > 0) funded.add(line.year);
    }
    for (const [year, totals] of perYear) if (p.years.includes(year) || funded.has(year)) totals.programs += 1;
  }
  const rows = ctx.years.map((year) => {
    const totals = perYear.get(year) ?? { programs: 0, amount: 0 };
    return row([cell(String(year), { align: 'center' }), cell(String(totals.programs), { align: 'right' }), cell(formatRupiah(totals.amount), { align: 'right' })]);
  });
  const inPlan = [...perYear.values()].reduce((s, t) => s + t.amount, 0);
  const counted = [...perYear.values()].reduce((s, t) => s + t.programs, 0);
  rows.push(totalRow('Jumlah', [String(ctx.programs.length), formatRupiah(inPlan)]));
  return ctx.out.table('Indikasi anggaran per tahun', {
    columns: columns(['Tahun', 2, 'center'], ['Jumlah program', 2.5, 'right'], ['Indikasi anggaran', 4, 'right']),
    rows,
    // The years' counts add up to more than the total when programs run several years (Kota Batu: 126 against 31).
    ...(counted !== ctx.programs.length
      ? { note: 'Program dihitung pada setiap tahun yang dianggarkan atau dilaksanakannya, sehingga jumlah program seluruh tahun dapat melebihi banyaknya program pada baris Jumlah.' }
      : {}),
  });
};

/**
 * Per funding source: each program's budget split between its sources as entered (what the amounts
 * leave is carried by its main source), so the rows add up to the grand total.
 */
const budgetPerSource = (ctx: BuildContext): boolean => {
  const totals = budgetTotals(ctx.programs, ctx.workshop);
  const name = (id: string | null) => (id === null ? 'Sumber belum ditentukan' : sourceName(ctx, id) || id);
  const rows = totals.perFundingSource
    .filter((s) => s.programCount > 0)
    .map((s) => row([cell(name(s.fundingSourceId)), cell(String(s.programCount), { align: 'right' }), cell(formatRupiah(s.amount), { align: 'right' })]));
  if (rows.length === 0) return false;
  rows.push(totalRow('Jumlah', [String(ctx.programs.length), formatRupiah(totals.total)]));
  const split = ctx.programs.some((p) => p.funding.length > 1);
  return ctx.out.table('Indikasi anggaran menurut sumber pendanaan', {
    columns: columns(['Sumber pendanaan', 5], ['Jumlah program', 2.5, 'right'], ['Indikasi anggaran', 4, 'right']),
    rows,
    ...(split ? { note: 'Anggaran program dengan beberapa sumber dibagi menurut porsi tiap sumber (sisanya pada sumber utama), sehingga satu program dapat terhitung pada lebih dari satu sumber.' } : {}),
  });
};

const riskTable = (ctx: BuildContext): boolean =>
  ctx.out.table('Risiko program dan mitigasinya', {
    // The code ("SG-SV-01") and the OPD ("DPMPTSP", "Dispendukcapil") on one line each: at 2 they broke as "SG-SV-|01", "DPMPTS|P".
    columns: columns(['Kode', 2.4], ['Program', 4], ['Risiko', 4.6], ['Mitigasi', 4.6], ['OPD', 3]),
    rows: ctx.programs
      .filter((p) => p.risks.trim() !== '' || p.mitigation.trim() !== '')
      .map((p) => row([cell(p.code), cell(programTitle(p)), cell(p.risks.trim() || '-'), cell(p.mitigation.trim() || '-'), cell(opdName(ctx, p.leadOpdId) || '-')])),
  });

export const governanceChapter = (ctx: BuildContext): void => {
  const c = CHAPTERS.bab8;
  ctx.out.chapter(c.title);
  const [institutions, regulation, financing, people, monitoring] = c.sections;
  ctx.out.section(institutions.title);
  fill(ctx, institutions.key, () => {
    const chart = governanceChart(headTitle(ctx.workshop), dimensionLeads(ctx.workshop.dimensionSet.dimensions, ctx.programs, ctx.workshop.opds));
    if (chart) {
      ctx.diagrams.push(chart);
      ctx.out.add(paragraph(`Pelaksanaan masterplan diarahkan oleh ${headTitle(ctx.workshop)} melalui Dewan Smart City dan dikoordinasikan oleh Tim Pelaksana Smart City bersama OPD penanggung jawab program di setiap dimensi.`));
      ctx.out.figure(`Struktur kelembagaan smart city ${ctx.regionName}`, { diagramId: chart.id });
    }
    return rolesTable(ctx) || chart !== null;
  });
  section(ctx, regulation.key, regulation.title, regulationPrograms(ctx));
  ctx.out.section(financing.title);
  fill(ctx, financing.key, () => {
    if (ctx.programs.length === 0) return false;
    const perYear = budgetPerYear(ctx);
    const perSource = budgetPerSource(ctx);
    return perYear || perSource;
  });
  section(ctx, people.key, people.title);
  ctx.out.section(monitoring.title);
  fill(ctx, monitoring.key, () => riskTable(ctx));
};
