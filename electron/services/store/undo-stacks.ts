import { baseOf, keysOverlap, touchesOf, type Actor } from '../../../shared/commands';
import type { LogEntry, LoggedCommand } from '../../../shared/contract';

/** One undoable change: the command that takes it back and the one that does it again. */
export interface UndoStep {
  undo: LoggedCommand;
  redo: LoggedCommand;
  /**
   * Who changed the same part of the workshop after this step, when someone else did (an OPD
   * head on the room's network, or a merged hand-off package). Such a step is not undone or
   * redone: its command is the whole item as it was, which would wipe out their change.
   */
  overtakenBy: Actor | null;
}

/** How many changes back a workshop can be undone. */
export const MAX_UNDO_STEPS = 500;

/**
 * Whether a logged edit is the facilitator's own. The facilitator's edits carry no OPD and no FGD group; a
 * participant's save on the room's network and a merged hand-off package name the OPD they
 * came from (electron/services/share/participant-edits.ts, shared/handoff `mergeActor`).
 */
export const isFacilitatorsOwn = (actor: Actor): boolean => actor.opdId === null && (actor.groupId ?? null) === null;

/** What a snapshot restore writes: the whole workshop. */
export const WHOLE_WORKSHOP = 'restoreSnapshot';

/**
 * The items and parts of the workshop a logged command writes, from its definition's `touches`
 * read without the workshop (`Section:bab-1`, `vision`, `Program:*` for a cascade …), or the whole
 * workshop for a snapshot restore.
 */
export const partsWritten = (command: LoggedCommand): string[] =>
  command.type === 'restoreSnapshot' ? [WHOLE_WORKSHOP] : [...new Set(touchesOf(null, command).map(baseOf))];

/** The first part a command writes (`Section:bab-1`, `vision`), to name it in a refusal. */
export const partWritten = (command: LoggedCommand): string => partsWritten(command)[0] ?? command.type;

/** What an entry writes: its command's parts and its inverse's (a removal's undo brings back what the cascade took). */
const entryParts = (command: LoggedCommand, inverse: LoggedCommand): string[] => [...new Set([...partsWritten(command), ...partsWritten(inverse)])];

interface Step extends UndoStep {
  parts: string[];
}

/**
 * The facilitator's undo and redo stacks, derived from the command log alone so they survive a
 * restart: the facilitator's `do` pushes onto undo and clears redo; an `undo` moves the top step
 * to redo; a `redo` moves it back. Edits by others (participants, merged packages) are never on
 * the stacks and do not clear redo; they mark the facilitator's steps on the same item as
 * overtaken, which `WorkshopSession` refuses to undo or redo (and drops, so the next Ctrl+Z goes on
 * to the step before). Because a refused step is dropped only in memory, an `undo`/`redo` entry
 * first drops the overtaken steps above it when the log is read again.
 */
export class UndoStacks {
  private readonly undoSteps: Step[] = [];
  private redoSteps: Step[] = [];

  static fromLog(entries: readonly LogEntry[]): UndoStacks {
    const stacks = new UndoStacks();
    for (const entry of entries) stacks.record(entry);
    return stacks;
  }

  /**
   * The stacks as log entries, for the checkpoint file (log-segments.ts): one per step, undo
   * stack (`do`) then redo stack (`undo`), bottom first; `command` redoes, `inverse` undoes, and an
   * overtaken step carries `at: 'overtaken'` and who overtook it as its actor.
   */
  persisted(): LogEntry[] {
    const entry = (step: Step, kind: 'do' | 'undo', seq: number): LogEntry => ({
      seq,
      revision: 0,
      at: step.overtakenBy ? 'overtaken' : '',
      actor: step.overtakenBy ?? { name: 'Fasilitator', opdId: null },
      kind,
      command: step.redo,
      inverse: step.undo,
    });
    return [...this.undoSteps.map((s, i) => entry(s, 'do', i + 1)), ...this.redoSteps.map((s, i) => entry(s, 'undo', this.undoSteps.length + i + 1))];
  }

  /** Puts back steps written by `persisted`. */
  restore(entries: readonly LogEntry[]): void {
    for (const e of entries) {
      const step: Step = { undo: e.inverse, redo: e.command, parts: entryParts(e.command, e.inverse), overtakenBy: e.at === 'overtaken' ? e.actor : null };
      if (e.kind === 'do') this.undoSteps.push(step);
      else this.redoSteps.push(step);
    }
  }

  get canUndo(): boolean {
    return this.undoSteps.length > 0;
  }

  get canRedo(): boolean {
    return this.redoSteps.length > 0;
  }

  nextUndo(): UndoStep | undefined {
    return this.undoSteps.at(-1);
  }

  nextRedo(): UndoStep | undefined {
    return this.redoSteps.at(-1);
  }

  /** Forgets the next undo step (it was overtaken and refused). */
  dropNextUndo(): void {
    this.undoSteps.pop();
  }

  /** Forgets the next redo step (it was overtaken and refused). */
  dropNextRedo(): void {
    this.redoSteps.pop();
  }

  /** Follows one logged entry. An entry's `inverse` is always the command that takes it back. */
  record(entry: LogEntry): void {
    const parts = entryParts(entry.command, entry.inverse);
    switch (entry.kind) {
      case 'do':
        if (!isFacilitatorsOwn(entry.actor)) {
          this.overtake(parts, entry.actor);
          break;
        }
        this.pushUndo({ undo: entry.inverse, redo: entry.command, parts, overtakenBy: null });
        this.redoSteps = [];
        break;
      case 'undo':
        dropOvertaken(this.undoSteps);
        this.undoSteps.pop();
        this.redoSteps.push({ undo: entry.command, redo: entry.inverse, parts, overtakenBy: null });
        break;
      case 'redo':
        dropOvertaken(this.redoSteps);
        this.redoSteps.pop();
        this.pushUndo({ undo: entry.inverse, redo: entry.command, parts, overtakenBy: null });
        break;
    }
  }

  private overtake(parts: readonly string[], actor: Actor): void {
    // A restored snapshot replaced every part: anyone's later edit overtakes it.
    const meets = (step: Step): boolean => step.parts.includes(WHOLE_WORKSHOP) || step.parts.some((mine) => parts.some((theirs) => keysOverlap(mine, theirs)));
    for (const step of [...this.undoSteps, ...this.redoSteps]) if (!step.overtakenBy && meets(step)) step.overtakenBy = actor;
  }

  private pushUndo(step: Step): void {
    this.undoSteps.push(step);
    if (this.undoSteps.length > MAX_UNDO_STEPS) this.undoSteps.shift();
  }
}

const dropOvertaken = (steps: Step[]): void => {
  while (steps.at(-1)?.overtakenBy) steps.pop();
};
