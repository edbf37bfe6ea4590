/*
 * A facilitator who never stops editing: opens one workshop and applies edits, undoes and
 * redoes in a loop, printing `ack <revision>` after each acknowledged change, until killed.
 * Usage: crash-child <dataDir> <workshopId>
 */
import { applyCommand, type Command } from '../../../shared/commands';
import type { Applied } from '../../../shared/contract';
import { ProgramSchema, type Workshop } from '../../../shared/model';
import { createServices } from '../../../electron/services/index';

const [dataDir, workshopId] = process.argv.slice(2);
if (!dataDir || !workshopId) throw new Error('usage: crash-child <dataDir> <workshopId>');

const services = await createServices({
  dataDir,
  mode: 'web',
  // Rewrite the snapshot (and keep history) often, and roll the log at almost every snapshot, so kills
  // also land in the middle of those writes and of the checkpoint (archiving, undo stacks, new live log).
  autosave: { debounceMs: 1, maxWaitMs: 5, rollLogBytes: 1_500 },
  history: { intervalMs: 60_000, everyRevisions: 40, keep: 3 },
  logError: () => undefined,
});
const opened = await services.handlers['workshop.open']({ workshopId });
let local: Workshop = opened.workshop;
let state = { canUndo: opened.canUndo, canRedo: opened.canRedo };
process.stdout.write(`ready ${local.revision}\n`);

const pick = <T>(items: readonly T[]): T | undefined => items[Math.floor(Math.random() * items.length)];

const nextEdit = (w: Workshop): Command => {
  const roll = Math.random();
  const existing = pick(w.programs);
  if (existing && roll < 0.15) return { type: 'removeProgram', id: existing.id };
  if (roll < 0.3) return { type: 'setRegionProfile', patch: { description: `Catatan ${w.revision} `.repeat(1 + Math.floor(Math.random() * 20)) } };
  const dimension = pick(w.dimensionSet.dimensions);
  const element = dimension && pick(dimension.elements);
  if (!dimension || !element) throw new Error('no dimension');
  const n = w.revision + 1;
  const id = existing && roll < 0.5 ? existing.id : `p${n}-${Math.random().toString(36).slice(2, 8)}`;
  const item = ProgramSchema.parse({
    id,
    code: `X-${id.toUpperCase().replace(/[^A-Z0-9]/g, '')}`,
    dimensionId: dimension.id,
    elementId: element.id,
    name: `Program ${n}`,
    description: 'Uraian program. '.repeat(Math.floor(Math.random() * 40)),
  });
  return { type: 'upsertProgram', item };
};

for (;;) {
  const roll = Math.random();
  const base = { workshopId, baseRevision: local.revision };
  let result: Applied;
  if (state.canUndo && roll < 0.15) result = await services.handlers['workshop.undo'](base);
  else if (state.canRedo && roll < 0.25) result = await services.handlers['workshop.redo'](base);
  else result = await services.handlers['workshop.apply']({ ...base, command: nextEdit(local) });
  // Like the renderer: apply the acknowledged command to the local copy too.
  if (result.applied.type === 'restoreSnapshot') throw new Error('no snapshot restores in this test');
  local = applyCommand(local, result.applied, new Date().toISOString());
  if (local.revision !== result.revision) throw new Error(`local ${local.revision} != ${result.revision}`);
  state = { canUndo: result.canUndo, canRedo: result.canRedo };
  process.stdout.write(`ack ${result.revision}\n`);
}
