import type { Command } from '../../../shared/commands';
import type { LogEntry } from '../../../shared/contract';

/** One undoable change: the command that takes it back and the one that does it again. */
export interface UndoStep {
  undo: Command;
  redo: Command;
}

/** How many changes back a workshop can be undone. */
export const MAX_UNDO_STEPS = 500;

/**
 * Undo and redo stacks, derived from the command log alone so they survive a restart:
 * a `do` pushes onto undo and clears redo; an `undo` moves the top step to redo;
 * a `redo` moves it back.
 */
export class UndoStacks {
  private readonly undoSteps: UndoStep[] = [];
  private redoSteps: UndoStep[] = [];

  static fromLog(entries: readonly LogEntry[]): UndoStacks {
    const stacks = new UndoStacks();
    for (const entry of entries) stacks.record(entry);
    return stacks;
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

  /** Follows one logged entry. An entry's `inverse` is always the command that takes it back. */
  record(entry: LogEntry): void {
    switch (entry.kind) {
      case 'do':
        this.pushUndo({ undo: entry.inverse, redo: entry.command });
        this.redoSteps = [];
        break;
      case 'undo':
        this.undoSteps.pop();
        this.redoSteps.push({ undo: entry.command, redo: entry.inverse });
        break;
      case 'redo':
        this.redoSteps.pop();
        this.pushUndo({ undo: entry.inverse, redo: entry.command });
        break;
    }
  }

  private pushUndo(step: UndoStep): void {
    this.undoSteps.push(step);
    if (this.undoSteps.length > MAX_UNDO_STEPS) this.undoSteps.shift();
  }
}
