import type { MasterplanBridge, PackageFile } from '../../../../shared/contract';
import { saveFile, type SavedFile } from '../../api/save-file';

/** A hand-off package (JSON text in a .paketopd file) saved where the user chooses (desktop) or downloaded (browser). */
export const savePackage = (bridge: MasterplanBridge | null, file: PackageFile): Promise<SavedFile> =>
  saveFile(bridge, { fileName: file.fileName, mimeType: 'application/json', bytes: new TextEncoder().encode(file.text), kind: 'Paket OPD' });
