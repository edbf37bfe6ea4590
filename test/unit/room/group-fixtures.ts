import { CommandSchema, applyNewCommand } from '../../../shared/commands';
import type { Workshop } from '../../../shared/model';
import { LATER, demoWorkshop } from '../logic/workshop-fixtures';

/** Two FGD groups of the demo workshop (one per dimension, as the demo seeds them) and a way to apply commands as the facilitator. */
export const apply = (w: Workshop, raw: unknown): Workshop => applyNewCommand(w, CommandSchema.parse(raw), LATER);

export const demo = demoWorkshop();
const [first, second] = demo.dimensionSet.dimensions;
if (!first || !second) throw new Error('the demo needs two dimensions');
export const dimA = first;
export const dimB = second;
export const groupA = `kelompok-${dimA.id}`;
export const groupB = `kelompok-${dimB.id}`;
