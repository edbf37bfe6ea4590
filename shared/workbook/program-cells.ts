import { formatIndicatorNumber, parseIndicatorNumber, type FundingSource, type ProgramFunding, type ProgramIndicator } from '../model';

/**
 * How the matriks program's richer fields are written into one spreadsheet cell, and read back.
 * Each pair (format/read) is the single definition both the export and the import use.
 */

/** Lists of names (OPD pendukung, sumber pendanaan) are separated by a semicolon. */
export const formatNameList = (names: readonly string[]): string => names.join('; ');

/**
 * Sumber pendanaan, main source first, each with its part of the budget when the budget is split:
 * `APBD Kab/Kota = 600000000; CSR = 400000000` (names only while no part is entered).
 */
export const formatFundingList = (funding: readonly ProgramFunding[], sources: readonly Pick<FundingSource, 'id' | 'name'>[]): string =>
  formatNameList(funding.map((f) => `${sources.find((s) => s.id === f.sourceId)?.name ?? f.sourceId}${f.amount > 0 ? ` = ${f.amount}` : ''}`));

/** A semicolon or a line break separates names; a comma does too when the whole part is not a name (see the import). */
export const splitNameList = (text: string): string[] =>
  text
    .split(/[;\n]/)
    .map((part) => part.trim())
    .filter((part) => part !== '');

/** Long texts such as issues go one per line. */
export const formatLines = (lines: readonly string[]): string => lines.map(oneLine).join('\n');

export const splitLines = (text: string): string[] =>
  text
    .split(/\r\n|\n|\r/)
    .map((line) => line.trim())
    .filter((line) => line !== '');

/** Line breaks and runs of spaces become one space. */
export const oneLine = (text: string): string => text.replace(/\s+/g, ' ').trim();

export const formatYesNo = (value: boolean): string => (value ? 'Ya' : 'Tidak');

const YES = new Set(['ya', 'y', 'yes', 'true', 'benar', '1', '✓', '✔', 'v', 'x']);
const NO = new Set(['tidak', 't', 'no', 'n', 'false', 'salah', '0', '-', '']);

/** "Ya"/"Tidak" and the usual spreadsheet spellings; null when it is neither. */
export const readYesNo = (text: string): boolean | null => {
  const value = text.trim().toLowerCase();
  if (YES.has(value)) return true;
  if (NO.has(value)) return false;
  return null;
};

/** "35", "35%", "35,5" → 35 / 35.5; null when it is not a number. */
export const readPercent = (text: string): number | null => {
  const value = text.trim().replace(/\s*%$/, '').replace(',', '.');
  if (!/^-?\d+(\.\d+)?$/.test(value)) return null;
  return Number(value);
};

/** An indicator as read from a cell, before ids are given. */
export type IndicatorCell = Omit<ProgramIndicator, 'id'>;

const part = (label: string, value: string): string[] => (value.trim() === '' ? [] : [`${label}: ${value}`]);
/** A separator inside a value would split it on the way back. */
const safe = (text: string, separators: RegExp): string => oneLine(text).replace(separators, '/');

/**
 * One indicator per line: `Nama indikator | satuan: % | baseline: 40 (2021) | target: 2026=70; 2027=92,5`,
 * numbers written the Indonesian way. Empty parts are left out. A "|" in a name or unit is written as "/".
 */
export const formatIndicator = (indicator: IndicatorCell): string =>
  [
    safe(indicator.name, /\|/g),
    ...part('satuan', safe(indicator.unit, /\|/g)),
    ...part('baseline', indicator.baseline === null ? '' : `${formatIndicatorNumber(indicator.baseline)}${indicator.baselineYear ? ` (${indicator.baselineYear})` : ''}`),
    ...part('target', indicator.targets.map((t) => `${t.year}=${formatIndicatorNumber(t.value)}`).join('; ')),
  ].join(' | ');

export const formatIndicators = (indicators: readonly IndicatorCell[]): string => indicators.map(formatIndicator).join('\n');

export type IndicatorsRead = { ok: true; indicators: IndicatorCell[] } | { ok: false; message: string };

const KEYS: Readonly<Record<string, 'unit' | 'baseline' | 'target'>> = { satuan: 'unit', unit: 'unit', baseline: 'baseline', 'nilai awal': 'baseline', target: 'target' };

const readTargets = (text: string, indicatorName: string): { year: number; value: number }[] | string => {
  const targets: { year: number; value: number }[] = [];
  for (const piece of text.split(';').map((p) => p.trim()).filter((p) => p !== '')) {
    const match = /^(\d{4})\s*[=:]\s*(.*)$/.exec(piece);
    if (!match) return `target "${piece}" pada indikator "${indicatorName}" harus ditulis seperti 2026=70`;
    const year = Number(match[1]);
    if (targets.some((t) => t.year === year)) return `target tahun ${year} pada indikator "${indicatorName}" ditulis dua kali`;
    const value = parseIndicatorNumber(match[2] ?? '');
    if (value === null) return `target tahun ${year} pada indikator "${indicatorName}" harus berupa angka (misalnya 70 atau 92,5)`;
    targets.push({ year, value });
  }
  return targets.sort((a, b) => a.year - b.year);
};

/** Reads the lines written by `formatIndicators`; a line with only a name is an indicator without details. */
export const readIndicators = (text: string): IndicatorsRead => {
  const indicators: IndicatorCell[] = [];
  for (const line of splitLines(text)) {
    const [rawName = '', ...parts] = line.split('|').map((p) => p.trim());
    const name = rawName;
    if (name === '') return { ok: false, message: `indikator "${line}" tidak memiliki nama (tulis nama lebih dahulu, lalu | satuan: … | baseline: … | target: 2026=…)` };
    const indicator: IndicatorCell = { name, unit: '', baseline: null, baselineYear: null, targets: [] };
    for (const piece of parts) {
      const match = /^([^:]+):\s*(.*)$/.exec(piece);
      const key = KEYS[(match?.[1] ?? '').trim().toLowerCase()];
      if (!match || !key) return { ok: false, message: `bagian "${piece}" pada indikator "${name}" tidak dikenal; gunakan satuan:, baseline: atau target:` };
      const value = (match[2] ?? '').trim();
      if (key === 'target') {
        const targets = readTargets(value, name);
        if (typeof targets === 'string') return { ok: false, message: targets };
        indicator.targets = targets;
      } else if (key === 'baseline') {
        const baseline = /^(.*?)\s*(?:\((\d{4})\))?$/.exec(value);
        const number = parseIndicatorNumber(baseline?.[1] ?? '');
        if (value !== '' && number === null) return { ok: false, message: `baseline "${value}" pada indikator "${name}" harus berupa angka, boleh dengan tahunnya: 40 (2025)` };
        indicator.baseline = number;
        indicator.baselineYear = baseline?.[2] ? Number(baseline[2]) : null;
      } else indicator.unit = value;
    }
    indicators.push(indicator);
  }
  return { ok: true, indicators };
};

/** Jangka waktu as the matrix writes it (reference §5 field 16). */
export const HORIZON_CELL_LABELS = { pendek: 'Pendek', menengah: 'Menengah', panjang: 'Panjang' } as const;
