import type { Handlers } from '../../shared/contract';
import { createEmptyWorkshop } from '../../shared/logic';
import { exportMasterplanDocx } from './export/export-service';
import { exportBimtekDocx } from './export/bimtek-service';
import { quickWinSuggestionOf } from './quick-win-suggestion';
import { seededDemoId } from './demo-seed';
import { createExcelHandlers } from './excel';
import type { LegacyDataImport } from './data-migration';
import type { HandoffService } from './handoff';
import { newId } from './ids';
import { referenceData } from './reference';
import type { ShareService } from './share';
import { dataLayout } from './store/layout';
import type { WorkshopStore } from './store/workshop-store';

export interface AppInfo {
  version: string;
  dataDir: string;
  mode: 'desktop' | 'web';
}

/** The services behind the hand-off and sharing methods. */
export interface SharingParts {
  handoff: HandoffService;
  share: ShareService;
  /** Workshops from the old browser-mode data folder, offered once for import. */
  dataImport: LegacyDataImport;
}

/** Every method of the contract, implemented on the workshop store. Inputs arrive already validated. */
export const createHandlers = (store: WorkshopStore, info: AppInfo, now: () => Date, { handoff, share, dataImport }: SharingParts): Handlers => ({
  'app.info': async () => info,
  'dataImport.offer': async () => ({ offer: await dataImport.offer() }),
  'dataImport.run': (input) => dataImport.run(input.workshopIds ? { workshopIds: input.workshopIds } : {}),
  'dataImport.cancel': async () => ({ cancelled: dataImport.cancel() }),
  'dataImport.dismiss': async () => {
    await dataImport.dismiss();
    return {};
  },
  'reference.get': async () => referenceData(),

  'workshops.list': async () => {
    const listing = await store.list();
    const demoId = await seededDemoId(dataLayout(info.dataDir));
    return { ...listing, demoWorkshopId: listing.workshops.some((w) => w.id === demoId) ? demoId : null };
  },
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
  'workshop.apply': async (input) => {
    // An OPD head's copy of a hand-off package: only their OPD's sections and programs change.
    await handoff.checkLocalEdit(input.workshopId, input.command);
    return store.apply(input.workshopId, input.baseRevision, input.command, input.actor);
  },
  'workshop.undo': (input) => store.undo(input.workshopId, input.baseRevision),
  'workshop.redo': (input) => store.redo(input.workshopId, input.baseRevision),
  'workshop.log': async (input) => ({ entries: await store.log(input.workshopId, input.limit) }),
  'workshop.history': async (input) => ({ snapshots: await store.history(input.workshopId) }),
  'workshop.previewSnapshot': (input) => store.previewSnapshot(input.workshopId, input.snapshotId),
  'workshop.restoreSnapshot': (input) => store.restoreSnapshot(input.workshopId, input.snapshotId, input.replayLater),
  'workshop.flush': async (input) => ({ revision: await store.flush(input.workshopId) }),

  'handoff.export': (input) => handoff.exportFor(input.workshopId, input.opdId),
  'handoff.openPackage': (input) => handoff.openPackage(input.package),
  'handoff.exportReturn': (input) => handoff.exportReturn(input.workshopId, input.authorName),
  'handoff.preview': (input) => handoff.preview(input.workshopId, input.package),
  'handoff.merge': (input) => handoff.merge(input.workshopId, input.package, input.resolutions),
  'handoff.localCopy': async (input) => ({ copy: await handoff.localCopy(input.workshopId) }),

  'share.start': (input) => share.start(input),
  'share.stop': () => share.stop(),
  'share.status': () => share.status(),
  'share.renewCode': () => share.renewCode(),
  'share.revoke': async (input) => ({ participants: share.revoke(input.participantId) }),
  'share.participants': async () => ({ participants: share.participants() }),
  // Over HTTP, joining is rate-limited by the transport before it gets here.
  'share.join': (input) => share.join(input),
  // Participants are answered by the transport; whoever reaches the handlers is the facilitator.
  'share.me': async () => share.me(null),
  'share.lookup': (input) => share.lookup(input.code),

  'quickWins.suggest': async (input) => quickWinSuggestionOf((await store.open(input.workshopId)).workshop),
  // ——— export ———
  'export.docx': (input) => exportMasterplanDocx(store, input),
  'bimtek.docx': (input) => exportBimtekDocx(store, input),

  // ——— excel ———
  ...createExcelHandlers(store, now),
});
