import type { Contract } from './methods';

/**
 * The contract's method names without its schemas: the renderer builds its Api from these and loads
 * the contract itself (zod schemas for every input and output, ~20 ms to build on a laptop) only when
 * it first checks an answer, after the first screen has painted. The types below make this list
 * exactly the contract's keys.
 */
export const CONTRACT_METHOD_NAMES = [
  'app.info',
  'dataImport.offer',
  'dataImport.run',
  'dataImport.cancel',
  'dataImport.dismiss',
  'reference.get',
  'workshops.list',
  'workshops.create',
  'workshops.duplicate',
  'workshops.rename',
  'workshops.delete',
  'workshops.trash',
  'workshops.restore',
  'workshops.restoreBackup',
  'workshop.open',
  'workshop.apply',
  'workshop.undo',
  'workshop.redo',
  'workshop.log',
  'workshop.history',
  'workshop.previewSnapshot',
  'workshop.restoreSnapshot',
  'workshop.flush',
  'handoff.export',
  'handoff.openPackage',
  'handoff.exportReturn',
  'handoff.preview',
  'handoff.merge',
  'handoff.localCopy',
  'share.start',
  'share.stop',
  'share.status',
  'share.renewCode',
  'share.revoke',
  'share.participants',
  'share.join',
  'share.me',
  'share.lookup',
  'quickWins.suggest',
  'export.docx',
  'bimtek.docx',
  'excel.export',
  'excel.previewProgramImport',
  'excel.importPrograms',
] as const satisfies readonly (keyof Contract)[];

type Listed = (typeof CONTRACT_METHOD_NAMES)[number];
/** A method the contract has and this list lacks is a type error here. */
export const CONTRACT_METHOD_NAMES_COMPLETE: [Exclude<keyof Contract, Listed>] extends [never] ? true : never = true;
