import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Command } from '../../../shared/commands';
import type { Workshop } from '../../../shared/model';
import { createServices, type Services } from '../../../electron/services/index';

/** Snapshots are rewritten only on flush or close. */
const NO_AUTOSAVE = { debounceMs: 3_600_000, maxWaitMs: 3_600_000 } as const;

const opened: { services: Services; dir: string }[] = [];

/** The services on a fresh temp data folder, with the demo workshop (Kabupaten Malang) seeded. */
export const startWithDemo = async (): Promise<{ services: Services; demoId: string; dataDir: string }> => {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'masterplan-excel-'));
  const services = await createServices({ dataDir, mode: 'web', seedDemo: true, autosave: NO_AUTOSAVE, logError: () => undefined });
  opened.push({ services, dir: dataDir });
  const { workshops } = await services.handlers['workshops.list']({});
  const demo = workshops[0];
  if (!demo) throw new Error('the demo workshop was not seeded');
  return { services, demoId: demo.id, dataDir };
};

export const closeAll = async (): Promise<void> => {
  for (const { services, dir } of opened.splice(0)) {
    await services.close();
    await rm(dir, { recursive: true, force: true });
  }
};

export const open = async (services: Services, workshopId: string): Promise<Workshop> => (await services.handlers['workshop.open']({ workshopId })).workshop;

export const applyAll = async (services: Services, workshopId: string, commands: readonly Command[]): Promise<void> => {
  let revision = (await open(services, workshopId)).revision;
  for (const command of commands) revision = (await services.handlers['workshop.apply']({ workshopId, baseRevision: revision, command })).revision;
};

/** A copy of the demo with every program removed (same dimensions, OPDs, funding sources and issues). */
export const demoWithoutPrograms = async (services: Services, demoId: string): Promise<string> => {
  const copy = await services.handlers['workshops.duplicate']({ workshopId: demoId, title: 'Malang tanpa program' });
  const w = await open(services, copy.id);
  await applyAll(
    services,
    copy.id,
    w.programs.map((p) => ({ type: 'removeProgram', id: p.id, cascade: true })),
  );
  return copy.id;
};

export const readWorkbook = async (base64: string): Promise<ExcelJS.Workbook> => {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(base64, 'base64') as unknown as ArrayBuffer);
  return workbook;
};

/** A row's values as ExcelJS holds them, index 0 = column A. */
export const rowValues = (sheet: ExcelJS.Worksheet, row: number): unknown[] => {
  const values = sheet.getRow(row).values;
  return Array.isArray(values) ? values.slice(1) : [];
};

/** Text as a CSV file: `;`-separated, quoted where needed, with a BOM and CRLF, as Indonesian Excel saves "CSV UTF-8". */
export const toCsv = (rows: readonly (readonly unknown[])[]): string => {
  const quote = (value: unknown): string => {
    const text = value === null || value === undefined ? '' : String(value);
    return /[;"\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return `\uFEFF${rows.map((r) => r.map(quote).join(';')).join('\r\n')}\r\n`;
};

export const base64Of = (content: string | Buffer): string => (typeof content === 'string' ? Buffer.from(content, 'utf8') : content).toString('base64');

/** The program fields that carry meaning; ids are the store's own. */
export const meaningful = (p: Workshop['programs'][number]) => {
  const { id: _id, indicators, ...rest } = p;
  return { ...rest, indicators: indicators.map(({ id: _indicatorId, ...i }) => i) };
};
