import type { Handlers } from '../../shared/contract';
import { createEmptyWorkshop } from '../../shared/logic';
import { newId } from './ids';
import { referenceData } from './reference';
import type { WorkshopStore } from './store/workshop-store';

export interface AppInfo {
  version: string;
  dataDir: string;
  mode: 'desktop' | 'web';
}

/** Every method of the contract, implemented on the workshop store. Inputs arrive already validated. */
export const createHandlers = (store: WorkshopStore, info: AppInfo, now: () => Date): Handlers => ({
  'app.info': async () => info,
  'reference.get': async () => referenceData(),

  'workshops.list': () => store.list(),
  'workshops.create': async (input) => {
    const at = now();
    const workshop = createEmptyWorkshop({
      id: newId(),
      title: input.title,
      regionName: input.regionName,
      regionKind: input.regionKind,
      // The plan usually starts the year after the Bimtek.
      startYear: input.startYear ?? at.getFullYear() + 1,
      now: at.toISOString(),
      reference: referenceData(),
    });
    return store.add(workshop);
  },
  'workshops.duplicate': (input) => store.duplicate(input.workshopId, input.title),
  'workshops.rename': (input) => store.rename(input.workshopId, input.title),
  'workshops.delete': (input) => store.delete(input.workshopId),
  'workshops.trash': async () => ({ entries: await store.trash() }),
  'workshops.restore': (input) => store.restoreFromTrash(input.trashId),
  'workshops.restoreBackup': (input) => store.restoreBackup(input.workshopId),

  'workshop.open': (input) => store.open(input.workshopId),
  'workshop.apply': (input) => store.apply(input.workshopId, input.baseRevision, input.command, input.actor),
  'workshop.undo': (input) => store.undo(input.workshopId, input.baseRevision),
  'workshop.redo': (input) => store.redo(input.workshopId, input.baseRevision),
  'workshop.log': async (input) => ({ entries: await store.log(input.workshopId, input.limit) }),
  'workshop.history': async (input) => ({ snapshots: await store.history(input.workshopId) }),
  'workshop.restoreSnapshot': (input) => store.restoreSnapshot(input.workshopId, input.snapshotId),
  'workshop.flush': async (input) => ({ revision: await store.flush(input.workshopId) }),
});
