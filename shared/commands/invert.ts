import type { Workshop } from '../model';
import type { Command } from './command';
import { invertEffect } from './defs';

/**
 * The command that undoes `c` when applied to the workshop `c` produced from `before` (its
 * definition's `invert`). Computed before applying, so undo/redo is just applying more commands.
 */
export const invertCommand = (before: Workshop, c: Command): Command => invertEffect(before, c) as Command;
