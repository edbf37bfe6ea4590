import { AppError, type Command } from '../../../shared/commands';
import type { PackageFile } from '../../../shared/contract';
import {
  HANDOFF_FORMAT,
  HANDOFF_VERSION,
  buildLocalWorkshop,
  buildOutgoingPayload,
  buildReturnPayload,
  countChanges,
  localCopyFor,
  mergeActor,
  opdScopeProblem,
  planMerge,
  previewChanges,
  summarizePackage,
  type HandoffPreview,
  type HandoffSummary,
  type LocalCopy,
  type MergeResult,
  type OutgoingPackage,
  type Resolutions,
  type ReturnPackage,
} from '../../../shared/handoff';
import { CURRENT_SCHEMA_VERSION, summarizeWorkshop, type Workshop, type WorkshopSummary } from '../../../shared/model';
import { newId } from '../ids';
import type { WorkshopStore } from '../store/workshop-store';
import { outgoingFileName, returnFileName } from './file-names';
import type { LocalCopies } from './local-copies';
import { readOutgoingPackage, readReturnPackage } from './read-package';
import { sealPackage } from './seal';


/**
 * Hand-off packages, both sides. The facilitator exports a package for one OPD and later previews
 * and merges what comes back; the OPD head opens the package as their own workshop, drafts, and
 * exports the return package. Merges go through the store's normal command path (logged, with the
 * OPD head as actor) after a history snapshot.
 */
export class HandoffService {
  constructor(
    private readonly store: WorkshopStore,
    private readonly copies: LocalCopies,
    private readonly now: () => Date,
  ) {}

  private current(workshopId: string): Promise<Workshop> {
    return this.store.withSession(workshopId, async (session) => session.workshop);
  }

  async exportFor(workshopId: string, opdId: string): Promise<PackageFile> {
    const workshop = await this.current(workshopId);
    const createdAt = this.now().toISOString();
    const { pkg, text } = sealPackage<OutgoingPackage>({
      format: HANDOFF_FORMAT,
      version: HANDOFF_VERSION,
      modelVersion: CURRENT_SCHEMA_VERSION,
      kind: 'untuk-opd',
      workshopId,
      opdId,
      createdAt,
      payload: buildOutgoingPayload(workshop, opdId),
    });
    return { fileName: outgoingFileName(pkg.payload.opd.abbreviation, workshop.title, createdAt), text, summary: summarizePackage(pkg) };
  }

  /** Opens a package as the OPD head's own workshop; the same package opened again reopens the same copy. */
  async openPackage(text: string): Promise<{ workshop: WorkshopSummary; reopened: boolean; summary: HandoffSummary }> {
    const pkg = readOutgoingPackage(text);
    const summary = summarizePackage(pkg);
    const known = await this.copies.findByPackage(pkg.checksum);
    if (known) {
      const existing = await this.current(known.localWorkshopId).catch(() => null);
      if (existing) return { workshop: summarizeWorkshop(existing), reopened: true, summary };
    }
    const localId = newId();
    const workshop = buildLocalWorkshop(pkg, localId, this.now().toISOString());
    // The record goes first: a copy must never exist without its restrictions.
    await this.copies.save(localCopyFor(pkg, localId));
    try {
      return { workshop: await this.store.add(workshop), reopened: false, summary };
    } catch (error) {
      await this.copies.remove(localId);
      throw error;
    }
  }

  async exportReturn(workshopId: string, authorName: string): Promise<PackageFile> {
    const copy = await this.requireCopy(workshopId);
    const local = await this.current(workshopId);
    const createdAt = this.now().toISOString();
    const { pkg, text } = sealPackage<ReturnPackage>({
      format: HANDOFF_FORMAT,
      version: HANDOFF_VERSION,
      modelVersion: CURRENT_SCHEMA_VERSION,
      kind: 'dari-opd',
      workshopId: copy.origin.workshopId,
      opdId: copy.origin.opd.id,
      createdAt,
      payload: buildReturnPayload(local, copy, authorName),
    });
    return { fileName: returnFileName(copy.origin.opd.abbreviation, copy.origin.workshopTitle, createdAt), text, summary: summarizePackage(pkg) };
  }

  async preview(workshopId: string, text: string): Promise<HandoffPreview> {
    const pkg = readReturnPackage(text, workshopId);
    const workshop = await this.current(workshopId);
    const changes = previewChanges(workshop, pkg);
    return { summary: summarizePackage(pkg), author: pkg.payload.author, currentRevision: workshop.revision, changes, counts: countChanges(changes) };
  }

  /**
   * Applies a return package under the facilitator's decisions, all or nothing: the plan is checked
   * against the workshop as it is inside its queue, a history snapshot is taken, then each change is
   * applied as a logged command with the OPD head as actor.
   */
  async merge(workshopId: string, text: string, resolutions: Resolutions): Promise<MergeResult> {
    const pkg = readReturnPackage(text, workshopId);
    const actor = mergeActor(pkg);
    return this.store.withSession(workshopId, async (session) => {
      if (session.readOnly) throw new AppError('read_only', { reason: 'workshop.newerCannotChange' });
      const plan = planMerge(session.workshop, pkg, resolutions);
      if (plan.commands.length === 0) return { revision: session.workshop.revision, applied: 0, kept: plan.kept, snapshotId: null, actor };
      const before = session.workshop;
      const snapshot = await session.history.save(JSON.stringify(before), before.revision, 'before-merge', this.now());
      for (const command of plan.commands) await session.apply(session.workshop.revision, command, actor);
      return { revision: session.workshop.revision, applied: plan.applied, kept: plan.kept, snapshotId: snapshot.id, actor };
    });
  }

  async localCopy(workshopId: string): Promise<LocalCopy['origin'] | null> {
    return (await this.copies.read(workshopId))?.origin ?? null;
  }

  /** In an OPD head's copy, only their OPD's sections and programs can be changed. */
  async checkLocalEdit(workshopId: string, command: Command): Promise<void> {
    const copy = await this.copies.read(workshopId);
    if (!copy) return;
    const workshop = await this.current(workshopId);
    const problem = opdScopeProblem(workshop, copy.origin.opd.id, command);
    if (problem) throw new AppError('forbidden', { reason: 'handoff.outOfScope', params: { detail: problem, opd: copy.origin.opd.name } });
  }

  private async requireCopy(workshopId: string): Promise<LocalCopy> {
    const copy = await this.copies.read(workshopId);
    if (!copy) {
      await this.current(workshopId); // not_found for an unknown workshop
      throw new AppError('invalid_input', { reason: 'handoff.notACopy' });
    }
    return copy;
  }
}
