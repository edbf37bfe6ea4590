import path from 'node:path';

/** Where everything lives inside the data folder. */
export interface DataLayout {
  root: string;
  workshopsDir: string;
  historyDir: string;
  trashDir: string;
  /** Present once the demo workshop was offered, so deleting it does not bring it back. */
  demoMarker: string;
}

export const dataLayout = (root: string): DataLayout => ({
  root,
  workshopsDir: path.join(root, 'workshops'),
  historyDir: path.join(root, 'history'),
  trashDir: path.join(root, 'trash'),
  demoMarker: path.join(root, 'demo-seeded.json'),
});

/** The files of one workshop. */
export interface WorkshopFiles {
  id: string;
  snapshot: string;
  backup: string;
  log: string;
  historyDir: string;
}

export const workshopFiles = (layout: DataLayout, id: string): WorkshopFiles => {
  const snapshot = path.join(layout.workshopsDir, `${id}.json`);
  return {
    id,
    snapshot,
    backup: `${snapshot}.bak`,
    log: path.join(layout.workshopsDir, `${id}.log`),
    historyDir: path.join(layout.historyDir, id),
  };
};

const SNAPSHOT_NAME = /^([A-Za-z0-9_-]{1,64})\.json$/;
const DAMAGED_NAME = /^([A-Za-z0-9_-]{1,64})\.json\.damaged-(\d{8}T\d{9}Z)$/;
const BACKUP_NAME = /^([A-Za-z0-9_-]{1,64})\.json\.bak$/;

/** What a name in the workshops folder is, if it is one of ours. */
export const classifyWorkshopFileName = (
  name: string,
): { kind: 'snapshot' | 'backup'; id: string } | { kind: 'damaged'; id: string; stamp: string } | null => {
  const damaged = DAMAGED_NAME.exec(name);
  if (damaged?.[1] && damaged[2]) return { kind: 'damaged', id: damaged[1], stamp: damaged[2] };
  const snapshot = SNAPSHOT_NAME.exec(name);
  if (snapshot?.[1]) return { kind: 'snapshot', id: snapshot[1] };
  const backup = BACKUP_NAME.exec(name);
  if (backup?.[1]) return { kind: 'backup', id: backup[1] };
  return null;
};

export const damagedFileName = (id: string, stamp: string): string => `${id}.json.damaged-${stamp}`;
