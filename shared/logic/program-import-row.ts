import { INNOVATION_LABELS, PRIORITY_LABELS, STATUS_LABELS } from '../document/labels';
import { HorizonSchema, InnovationTypeSchema, splitPartnerList, PrioritySchema, ProgramStatusSchema, planEndYear, type Dimension, type Program, type Workshop } from '../model';
import { HORIZON_CELL_LABELS, readIndicators, readPercent, readYesNo, splitLines, splitNameList, type IndicatorCell } from '../workbook/program-cells';
import type { ProgramField } from '../workbook/program-columns';
import { nameKey, type Found, type NameIndex, type WorkshopNames } from './program-import-names';
import { parseRupiah } from './rupiah';
import { visibleCards } from './room';
import { swotFactorLabels, towsStrategyLabels } from './tows';
import { parseYearList } from './year-list';

/** What one row of the file says; a field whose column the file lacks is left out (an update keeps it). */
export interface RowPatch {
  code: string;
  fields: Partial<Omit<Program, 'id' | 'code' | 'indicators' | 'budget' | 'rpjmdAlignment'>>;
  rpjmdAlignment: Partial<Program['rpjmdAlignment']>;
  indicators?: IndicatorCell[];
  /** Budget per year for the years the file has a column for; null empties that year. */
  budget: Map<number, number | null>;
}

/** Reads one row's cells; a problem is reported against the column, as the file names it. */
export interface RowCells {
  /** The trimmed cell of a field, or undefined when the file has no such column. */
  field(f: ProgramField): string | undefined;
  budgetCells: readonly { year: number; header: string; text: string }[];
  /** A field, a header as written, or undefined for a problem of the whole row. */
  fail(f: ProgramField | string | undefined, message: string): void;
}

const short = (text: string, max = 60): string => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

const choiceList = (labels: Record<string, string>): string => Object.values(labels).join(', ');

/** An option by its label ("Aplikasi/TIK") or its stored value ("aplikasi-tik"). */
const readChoice = <T extends string>(text: string, labels: Readonly<Record<T, string>>, options: readonly T[]): T | null => {
  const key = nameKey(text).replace(/^jangka\s+/, '');
  return options.find((o) => nameKey(o) === key || nameKey(labels[o]) === key) ?? null;
};

const described = <T>(found: Found<T>, text: string, what: string, hint = ''): T | string => {
  if (found.kind === 'found') return found.item;
  if (found.kind === 'ambiguous') return `"${short(text)}" cocok dengan lebih dari satu ${what}; tulis nama lengkapnya`;
  return `${what} "${short(text)}" tidak dikenal${hint}`;
};

/** Names separated by ";" or a line break; a part that is not a name is tried once more split at its commas. */
const readNames = <T extends { id: string }>(text: string, index: NameIndex<T>, what: string): { ids: string[]; problems: string[] } => {
  const ids: string[] = [];
  const problems: string[] = [];
  for (const part of splitNameList(text)) {
    const whole = index.find(part);
    const pieces = whole.kind === 'missing' && part.includes(',') ? part.split(',').map((p) => p.trim()).filter((p) => p !== '') : [part];
    for (const piece of pieces) {
      const found = described(piece === part ? whole : index.find(piece), piece, what);
      if (typeof found === 'string') problems.push(found);
      else if (!ids.includes(found.id)) ids.push(found.id);
    }
  }
  return { ids, problems };
};

/** `APBD Kab/Kota = 600000000; CSR` (see formatFundingList): main source first, an amount where the split is known. */
const readFunding = (cells: RowCells, text: string, names: WorkshopNames): Program['funding'] => {
  const funding: Program['funding'] = [];
  for (const part of splitNameList(text)) {
    const [, name = part, amountText] = /^(.*?)\s*=\s*(.*)$/.exec(part) ?? [];
    const amount = amountText === undefined || amountText.trim() === '' ? 0 : parseRupiah(amountText);
    if (amount === null) cells.fail('fundingSources', `"${short(amountText ?? '')}" bukan angka Rupiah (tulis misalnya APBD = 1250000000)`);
    const { ids, problems } = readNames<{ id: string }>(name, names.funding, 'Sumber pendanaan');
    problems.forEach((p) => cells.fail('fundingSources', p));
    for (const [i, sourceId] of ids.entries()) {
      if (!funding.some((f) => f.sourceId === sourceId)) funding.push({ sourceId, amount: i === 0 ? (amount ?? 0) : 0 });
    }
  }
  return funding;
};

const readDimensionAndElement = (cells: RowCells, names: WorkshopNames, w: Pick<Workshop, 'dimensionSet'>): { dimensionId?: string; elementId?: string } => {
  const dimensionText = cells.field('dimension') ?? '';
  const elementText = cells.field('element') ?? '';
  const allDimensions = w.dimensionSet.dimensions.map((d) => d.nameId).join(', ');
  if (dimensionText === '') cells.fail('dimension', 'Dimensi wajib diisi');
  const dimension = dimensionText === '' ? null : described(names.dimension.find(dimensionText), dimensionText, 'Dimensi', `. Pilihan: ${allDimensions}`);
  if (typeof dimension === 'string') cells.fail('dimension', dimension);
  if (elementText === '') {
    cells.fail('element', 'Elemen wajib diisi');
    return typeof dimension === 'object' && dimension ? { dimensionId: dimension.id } : {};
  }
  if (typeof dimension !== 'object' || dimension === null) return {};
  const element = names.element(dimension).find(elementText);
  if (element.kind === 'found') return { dimensionId: dimension.id, elementId: element.item.id };
  const elsewhere = names.anyElement.find(elementText);
  const message =
    elsewhere.kind === 'found'
      ? `Elemen "${short(elementText)}" termasuk ${elsewhere.item.dimension.nameId}, bukan ${dimension.nameId}`
      : (described(element, elementText, 'Elemen', ` untuk ${dimension.nameId}. Pilihan: ${elementChoices(dimension)}`) as string);
  cells.fail('element', message);
  return { dimensionId: dimension.id };
};

const elementChoices = (d: Dimension): string => d.elements.map((e) => e.nameId).join(', ');

const TEXT_FIELDS = ['name', 'acronym', 'description', 'innovationDescription', 'beneficiaries', 'location', 'output', 'outcome', 'impact', 'risks', 'mitigation', 'mentorNotes'] as const;
const ALIGNMENT_FIELDS = ['rpjmdTarget', 'renstraProgram', 'kegiatan', 'subKegiatan'] as const;

type ReadContext = { w: Pick<Workshop, 'dimensionSet' | 'horizon' | 'missions' | 'swotItems' | 'towsStrategies'>; names: WorkshopNames };

const readChoices = (cells: RowCells, fields: RowPatch['fields']): void => {
  const choice = <T extends string>(f: ProgramField, labels: Readonly<Record<T, string>>, options: readonly T[], what: string, set: (value: T | null) => void) => {
    const text = cells.field(f);
    if (text === undefined) return;
    if (text === '') return set(null);
    const value = readChoice(text, labels, options);
    if (value === null) cells.fail(f, `"${short(text)}" bukan ${what}. Pilihan: ${choiceList(labels)}`);
    else set(value);
  };
  choice('innovationType', INNOVATION_LABELS, InnovationTypeSchema.options, 'jenis inovasi', (v) => (fields.innovationType = v));
  choice('status', STATUS_LABELS, ProgramStatusSchema.options, 'status program', (v) => (fields.status = v ?? 'baru'));
  choice('priority', PRIORITY_LABELS, PrioritySchema.options, 'prioritas', (v) => (fields.priority = v ?? 'sedang'));
  choice('horizon', HORIZON_CELL_LABELS, HorizonSchema.options, 'jangka waktu', (v) => (fields.horizon = v ?? 'menengah'));
};

const readReferences = (cells: RowCells, { names }: ReadContext, fields: RowPatch['fields']): void => {
  const lead = cells.field('leadOpd');
  if (lead !== undefined) {
    const opd = lead === '' ? null : described(names.opd.find(lead), lead, 'OPD', '; tulis singkatan atau nama OPD seperti pada daftar OPD lokakarya');
    if (typeof opd === 'string') cells.fail('leadOpd', opd);
    else fields.leadOpdId = opd?.id ?? null;
  }
  const supporting = cells.field('supportingOpds');
  if (supporting !== undefined) {
    const { ids, problems } = readNames<{ id: string }>(supporting, names.opd, 'OPD');
    problems.forEach((p) => cells.fail('supportingOpds', p));
    fields.supportingOpdIds = ids;
  }
  const funding = cells.field('fundingSources');
  if (funding !== undefined) fields.funding = readFunding(cells, funding, names);
  const issues = cells.field('issues');
  if (issues !== undefined) {
    const ids: string[] = [];
    for (const line of splitLines(issues)) {
      const issue = described(names.issue.find(line), line, 'Isu', ' di kertas kerja Isu Daerah per Dimensi');
      if (typeof issue === 'string') cells.fail('issues', issue);
      else if (!ids.includes(issue.id)) ids.push(issue.id);
    }
    fields.issueIds = ids;
  }
};

const readNumbersAndYears = (cells: RowCells, { w }: ReadContext, patch: RowPatch): void => {
  const end = planEndYear(w.horizon);
  const outside = (year: number) => year < w.horizon.startYear || year > end;
  const years = cells.field('years');
  if (years !== undefined) {
    const read = parseYearList(years, w.horizon);
    if (read.ok) patch.fields.years = read.years;
    else cells.fail('years', read.message);
  }
  for (const { year, header, text } of cells.budgetCells) {
    if (text === '') {
      patch.budget.set(year, null);
      continue;
    }
    const amount = parseRupiah(text);
    if (amount === null) cells.fail(header, 'bukan angka Rupiah (tulis misalnya 1250000000 atau 1,25 miliar)');
    else if (outside(year)) cells.fail(header, `Tahun ${year} di luar horizon rencana ${w.horizon.startYear}–${end}`);
    else patch.budget.set(year, amount);
  }
  const quickWin = cells.field('quickWin');
  if (quickWin !== undefined) {
    const value = readYesNo(quickWin);
    if (value === null) cells.fail('quickWin', `"${short(quickWin)}" bukan Ya atau Tidak`);
    else patch.fields.quickWin = value;
  }
  const progress = cells.field('progress');
  if (progress !== undefined) {
    const value = progress === '' ? 0 : readPercent(progress);
    if (value === null) cells.fail('progress', 'bukan angka (tulis 0 sampai 100)');
    else patch.fields.progress = Math.round(value);
  }
  const indicators = cells.field('indicators');
  if (indicators !== undefined) {
    const read = readIndicators(indicators);
    if (!read.ok) return cells.fail('indicators', read.message);
    const stray = read.indicators.flatMap((i) => i.targets.map((t) => t.year)).find(outside);
    if (stray !== undefined) return cells.fail('indicators', `target tahun ${stray} di luar horizon rencana ${w.horizon.startYear}–${end}`);
    patch.indicators = read.indicators;
  }
};

/**
 * "Misi 1; Misi 3", "S1; O2" and "WO1" as the sheet writes them (see program-sheet), the labels of the program's
 * dimension; SWOT labels count only the factors that are shown, as the sheet and the Word document do.
 */
const readLinks = (cells: RowCells, { w }: ReadContext, dimensionId: string, fields: RowPatch['fields']): void => {
  const byLabel = (f: ProgramField, what: string, labels: ReadonlyMap<string, string>, set: (ids: string[]) => void) => {
    const text = cells.field(f);
    if (text === undefined) return;
    const ids: string[] = [];
    for (const part of splitNameList(text)) {
      const id = [...labels.entries()].find(([, label]) => label.toUpperCase() === part.replace(/\s+/g, '').toUpperCase())?.[0];
      if (id === undefined) cells.fail(f, `${what} "${short(part)}" tidak ada pada dimensi program ini`);
      else if (!ids.includes(id)) ids.push(id);
    }
    set(ids);
  };
  const missionLabels = new Map(w.missions.map((m, i) => [m.id, `MISI${i + 1}`]));
  byLabel('missions', 'Misi', missionLabels, (ids) => (fields.missionIds = ids));
  byLabel('swotItems', 'Faktor SWOT', swotFactorLabels(visibleCards(w.swotItems), dimensionId), (ids) => (fields.swotItemIds = ids));
  byLabel('towsStrategies', 'Strategi TOWS', towsStrategyLabels(w.towsStrategies, dimensionId), (ids) => (fields.towsStrategyIds = ids));
};

/** One row of the file as a patch of a program; problems go to `cells.fail`. */
export const readProgramRow = (cells: RowCells, context: ReadContext): RowPatch & { dimensionId?: string; elementId?: string } => {
  const patch: RowPatch = { code: (cells.field('code') ?? '').toUpperCase(), fields: {}, rpjmdAlignment: {}, budget: new Map() };
  const place = readDimensionAndElement(cells, context.names, context.w);
  for (const f of TEXT_FIELDS) {
    const text = cells.field(f);
    if (text !== undefined) patch.fields[f] = text;
  }
  const partners = cells.field('partners');
  if (partners !== undefined) patch.fields.partners = splitPartnerList(partners);
  for (const f of ALIGNMENT_FIELDS) {
    const text = cells.field(f);
    if (text !== undefined) patch.rpjmdAlignment[f] = text;
  }
  readChoices(cells, patch.fields);
  readReferences(cells, context, patch.fields);
  readNumbersAndYears(cells, context, patch);
  if (place.dimensionId) readLinks(cells, context, place.dimensionId, patch.fields);
  return { ...patch, ...place };
};
