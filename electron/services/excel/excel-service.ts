import { AppError, MAX_BATCH_COMMANDS, type SingleCommand } from '../../../shared/commands';
import type { ExcelFile, ExcelUpload, ProgramImportPreview, ProgramImportResult } from '../../../shared/contract';
import { planProgramImport, type ProgramImportPlan } from '../../../shared/logic/program-import';
import type { Workshop } from '../../../shared/model';
import { buildWorkbook } from '../../../shared/workbook';
import { newId } from '../ids';
import type { WorkshopStore } from '../store/workshop-store';
import { workbookFileName } from './file-name';
import { readSheetRows } from './sheet-rows';
import { writeWorkbook } from './workbook-writer';

const CREATOR = 'Aplikasi Masterplan Smart City';
const IMPORT_ACTOR = { name: 'Impor program (Excel/CSV)', opdId: null };
const importLabel = (fileName: string): string => `Impor program dari ${fileName}`.replace(/\s+/g, ' ').slice(0, 200);

/** The first row error as a reason with its row, column and what is wrong (`detail`), and how many more there are. */
const refusal = (plan: ProgramImportPlan): AppError => {
  const [first] = plan.errors;
  if (!first) return new AppError('invalid_input', { reason: 'import.nothingImportable' });
  const more = plan.errors.length - 1;
  const { row, column, message: detail } = first;
  if (column) {
    return more > 0
      ? new AppError('invalid_input', { reason: 'import.rowRefusedMore', params: { row, column, detail, more } })
      : new AppError('invalid_input', { reason: 'import.rowRefused', params: { row, column, detail } });
  }
  return more > 0
    ? new AppError('invalid_input', { reason: 'import.lineRefusedMore', params: { row, detail, more } })
    : new AppError('invalid_input', { reason: 'import.lineRefused', params: { row, detail } });
};

/**
 * The Excel workbook of a workshop, and the program import from XLSX/CSV. An import is all or
 * nothing: the whole batch is checked against the command reducer first, a history snapshot is
 * taken, then the programs go through the store's normal command path as one batch (one log line,
 * undone in one step).
 */
export class ExcelService {
  constructor(
    private readonly store: WorkshopStore,
    private readonly now: () => Date,
  ) {}

  private current(workshopId: string): Promise<Workshop> {
    return this.store.withSession(workshopId, async (session) => session.workshop);
  }

  async exportWorkbook(workshopId: string): Promise<ExcelFile> {
    const workshop = await this.current(workshopId);
    const at = this.now();
    const bytes = await writeWorkbook(buildWorkbook(workshop), { creator: CREATOR, created: at });
    return { fileName: workbookFileName(workshop, at), base64: bytes.toString('base64') };
  }

  private plan(workshop: Workshop, rows: Awaited<ReturnType<typeof readSheetRows>>): ProgramImportPlan {
    return planProgramImport(workshop, rows, { newId: () => newId(), nowIso: this.now().toISOString() });
  }

  async preview(upload: ExcelUpload): Promise<ProgramImportPreview> {
    const rows = await readSheetRows(upload.fileName, Buffer.from(upload.base64, 'base64'));
    const plan = this.plan(await this.current(upload.workshopId), rows);
    return { rows: plan.rows, added: plan.added.length, updated: plan.updated.length, unchanged: plan.unchanged, errors: plan.errors, ignoredColumns: plan.ignoredColumns };
  }

  async importPrograms(upload: ExcelUpload): Promise<ProgramImportResult> {
    const rows = await readSheetRows(upload.fileName, Buffer.from(upload.base64, 'base64'));
    return this.store.withSession(upload.workshopId, async (session) => {
      if (session.readOnly) throw new AppError('read_only', { reason: 'workshop.newerCannotChange' });
      const before = session.workshop;
      const plan = this.plan(before, rows);
      if (plan.errors.length > 0) throw refusal(plan);
      const counts = { added: plan.added.length, updated: plan.updated.length, unchanged: plan.unchanged };
      if (plan.commands.length === 0) return { ...counts, revision: before.revision, snapshotId: null };
      const snapshot = await session.history.save(JSON.stringify(before), before.revision, 'before-import', this.now());
      try {
        // One batch: one revision, one log line, one undo step for the whole import (split only past the batch limit).
        for (let at = 0; at < plan.commands.length; at += MAX_BATCH_COMMANDS) {
          const commands = plan.commands.slice(at, at + MAX_BATCH_COMMANDS).filter((c): c is SingleCommand => c.type !== 'batch');
          await session.apply(session.workshop.revision, { type: 'batch', label: importLabel(upload.fileName), commands }, IMPORT_ACTOR);
        }
      } catch (error) {
        // Checked beforehand, so only the disk can fail here: put the workshop back as it was.
        if (session.workshop.revision !== before.revision) await session.replaceWith(before).catch(() => undefined);
        throw error;
      }
      return { ...counts, revision: session.workshop.revision, snapshotId: snapshot.id };
    });
  }
}
