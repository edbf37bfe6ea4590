import type { MasterplanBridge } from '../../../shared/contract';

export interface FileToSave {
  fileName: string;
  mimeType: string;
  bytes: Uint8Array<ArrayBuffer>;
  /** Shown in the desktop save dialog, e.g. "Dokumen Word". */
  kind: string;
}

/** Where a file went: a path in the desktop app (it can be shown in its folder), a download in the browser, or nowhere. */
export type SavedFile = { where: 'path'; path: string } | { where: 'download' } | { where: 'cancelled' };

export const extensionOf = (fileName: string): string => /\.([a-z0-9]{1,8})$/i.exec(fileName)?.[1]?.toLowerCase() ?? 'bin';

/** In the desktop app: the system's save dialog. In the browser: a download. */
export const saveFile = async (bridge: MasterplanBridge | null, file: FileToSave): Promise<SavedFile> => {
  if (bridge) {
    const result = await bridge.saveFile({ suggestedName: file.fileName, bytes: file.bytes, filter: { name: file.kind, extensions: [extensionOf(file.fileName)] } });
    return result.saved ? { where: 'path', path: result.path } : { where: 'cancelled' };
  }
  const url = URL.createObjectURL(new Blob([file.bytes.slice()], { type: file.mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return { where: 'download' };
};

/** Base64 (how files cross the HTTP/IPC contract as JSON) to bytes. */
export const bytesFromBase64 = (base64: string): Uint8Array<ArrayBuffer> => {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
};
