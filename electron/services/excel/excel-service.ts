import { AppError } from '../../../shared/commands';
import type { ExcelFile, ExcelUpload, ProgramImportPreview, ProgramImportResult } from '../../../shared/contract';
import { formatRowError, planProgramImport, type ProgramImportPlan } from '../../../shared/logic/program-import';
import type { Workshop } from '../../../shared/model';
import { buildWorkbook } from '../../../shared/workbook';
import { newId } from '../ids';
import type { WorkshopStore } from '../store/workshop-store';
import { workbookFileName } from './file-name';
import { readSheetRows } from './sheet-rows';
import { writeWorkbook } from './workbook-writer';

const CREATOR = 'Aplikasi Masterplan Smart City';
const IMPORT_ACTOR = { name: 'Impor program (Excel/CSV)', opdId: null };

const refusal = (plan: ProgramImportPlan): AppError => {
  const [first] = plan.errors;
  const more = plan.errors.length > 1 ? ` Ada ${plan.errors.length - 1} kesalahan lain.` : '';
  return new AppError('invalid_input', `${first ? formatRowError(first) : 'Berkas tidak dapat diimpor.'}${more} Tidak ada program yang diimpor.`);
};

/**
 * The Excel workbook of a workshop, and the program import from XLSX/CSV. An import is all or
 * nothing: the whole batch is checked against the command reducer first, a history snapshot is
 * taken, then each program goes through the store's normal command path (logged, undoable).
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
    return { rows: plan.rows, added: plan.added.length, updated: plan.updated.length, unchanged: plan.unchanged, errors: plan.errors };
  }

  async importPrograms(upload: ExcelUpload): Promise<ProgramImportResult> {
    const rows = await readSheetRows(upload.fileName, Buffer.from(upload.base64, 'base64'));
    return this.store.withSession(upload.workshopId, async (session) => {
      if (session.readOnly) throw new AppError('read_only', 'Lokakarya dari versi aplikasi yang lebih baru tidak dapat diubah.');
      const before = session.workshop;
      const plan = this.plan(before, rows);
      if (plan.errors.length > 0) throw refusal(plan);
      const counts = { added: plan.added.length, updated: plan.updated.length, unchanged: plan.unchanged };
      if (plan.commands.length === 0) return { ...counts, revision: before.revision, snapshotId: null };
      const snapshot = await session.history.save(JSON.stringify(before), before.revision, 'before-import', this.now());
      try {
        for (const command of plan.commands) await session.apply(session.workshop.revision, command, IMPORT_ACTOR);
      } catch (error) {
        // Checked beforehand, so only the disk can fail here: put the workshop back as it was.
        if (session.workshop.revision !== before.revision) await session.replaceWith(before).catch(() => undefined);
        throw error;
      }
      return { ...counts, revision: session.workshop.revision, snapshotId: snapshot.id };
    });
  }
}
