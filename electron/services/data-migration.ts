import fs from 'node:fs/promises';
import path from 'node:path';
import { summarizeWorkshop } from '../../shared/model';
import { newId } from './ids';
import { exists, isMissingFile, moveDurably, writeFileDurably } from './store/durable-fs';
import { classifyWorkshopFileName, dataLayout, type DataLayout } from './store/layout';
import { readSnapshotFile } from './store/snapshot-reading';

/*
 * One data folder (issue 15). Browser mode used to keep workshops in its own folder
 * (`~/.local/share/masterplan-smart-city`, `%APPDATA%\masterplan-smart-city`); now both modes use the
 * desktop's. On the first start after that change the workshops found in the old folder are offered
 * for import: COPIED (snapshot, live log, archived segments, undo stacks, history, the OPD-copy
 * record), never moved; the old folder is only read.
 *
 * Each workshop is first copied into a staging folder inside the new data folder and then renamed
 * into place, its snapshot last (the snapshot is what makes a workshop exist), so a cancel, an error
 * or a killed process midway leaves every workshop either fully imported or absent, and the
 * originals untouched. The decision (imported or dismissed) is kept in `legacy-import.json`, so the
 * offer is made once.
 */

export interface ImportableWorkshop {
  id: string;
  title: string;
  updatedAt: string;
  /** The demo workshop seeded in the old folder and changed there since. */
  demo: boolean;
}

export interface LegacyImportOffer {
  from: string;
  workshops: ImportableWorkshop[];
}

export interface LegacyImportResult {
  imported: string[];
  /** Not imported: its id already exists here, or it could not be read. */
  skipped: Array<{ id: string; reason: 'exists' | 'unreadable' }>;
  /** Stopped by the caller before every workshop was copied; what was imported stays. */
  cancelled: boolean;
}

interface Decision {
  decision: 'imported' | 'dismissed';
  at: string;
  from: string;
}

const STAGING_PREFIX = '.import-';
const DECISION_FILE = 'legacy-import.json';
/** The files beside a snapshot that belong to its workshop; the `.summary` is rebuilt, temp files are never copied. */
const companions = (id: string): string[] => [`${id}.json.bak`, `${id}.log`, `${id}.log.undo`, `${id}.log.d`];

const readJson = async (file: string): Promise<unknown> => {
  try {
    return JSON.parse(await fs.readFile(file, 'utf8')) as unknown;
  } catch {
    return null;
  }
};

const copyIfPresent = async (from: string, to: string): Promise<boolean> => {
  try {
    await fs.cp(from, to, { recursive: true, errorOnExist: true, force: false, filter: (source) => !source.endsWith('.tmp') });
    return true;
  } catch (error) {
    if (isMissingFile(error)) return false;
    throw error;
  }
};

export interface CopyHooks {
  /** Called once a workshop's files are staged, before any is renamed into place (tests fail here). */
  beforePlace?(id: string): void | Promise<void>;
  /** Called after each workshop is in place (tests cancel here). */
  afterWorkshop?(id: string): void | Promise<void>;
}

export class LegacyDataImport {
  private readonly target: DataLayout;
  private readonly legacy: DataLayout | null;
  private running: AbortController | null = null;

  constructor(
    targetDir: string,
    legacyDir: string | null,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.target = dataLayout(path.resolve(targetDir));
    const from = legacyDir ? path.resolve(legacyDir) : null;
    this.legacy = from && from !== this.target.root ? dataLayout(from) : null;
  }

  private get decisionFile(): string {
    return path.join(this.target.root, DECISION_FILE);
  }

  /** The workshops in the old folder that are not here yet; null when there is nothing to offer or the offer was answered. */
  async offer(): Promise<LegacyImportOffer | null> {
    if (!this.legacy || (await exists(this.decisionFile))) return null;
    const workshops = await this.importable();
    return workshops.length > 0 ? { from: this.legacy.root, workshops } : null;
  }

  private async importable(): Promise<ImportableWorkshop[]> {
    const legacy = this.legacy;
    if (!legacy) return [];
    let names: string[];
    try {
      names = await fs.readdir(legacy.workshopsDir);
    } catch {
      return [];
    }
    const demo = await readJson(legacy.demoMarker);
    const demoId = demo && typeof demo === 'object' ? Reflect.get(demo, 'workshopId') : null;
    const found: ImportableWorkshop[] = [];
    for (const name of names.sort()) {
      const kind = classifyWorkshopFileName(name);
      if (kind?.kind !== 'snapshot') continue;
      if (await exists(path.join(this.target.workshopsDir, name))) continue;
      const reading = await readSnapshotFile(path.join(legacy.workshopsDir, name), kind.id).catch(() => null);
      const summary = reading?.kind === 'ok' ? summarizeWorkshop(reading.workshop) : reading?.kind === 'newer' ? reading.summary : null;
      if (!summary) continue;
      const isDemo = kind.id === demoId;
      // The demo as it was seeded is already here (this folder seeds its own): only a changed one is worth importing.
      if (isDemo && summary.revision === 0 && !(await this.hasLoggedEdits(legacy, kind.id))) continue;
      found.push({ id: kind.id, title: summary.title, updatedAt: summary.updatedAt, demo: isDemo });
    }
    return found;
  }

  private async hasLoggedEdits(layout: DataLayout, id: string): Promise<boolean> {
    const log = await fs.stat(path.join(layout.workshopsDir, `${id}.log`)).catch(() => null);
    return !!log && log.size > 0;
  }

  /**
   * Copies the offered workshops (or the given subset) into this folder. `signal` stops between
   * workshops: those already copied stay, the others are not started, the staging folder is removed.
   */
  async run(options: { workshopIds?: readonly string[]; signal?: AbortSignal; hooks?: CopyHooks } = {}): Promise<LegacyImportResult> {
    const legacy = this.legacy;
    const result: LegacyImportResult = { imported: [], skipped: [], cancelled: false };
    if (!legacy) return result;
    const offered = await this.importable();
    const wanted = options.workshopIds ? offered.filter((w) => options.workshopIds?.includes(w.id)) : offered;
    const staging = path.join(this.target.root, `${STAGING_PREFIX}${newId()}`);
    const controller = new AbortController();
    const stop = () => controller.abort();
    options.signal?.addEventListener('abort', stop);
    if (options.signal?.aborted) stop();
    this.running = controller;
    await fs.mkdir(this.target.workshopsDir, { recursive: true });
    try {
      for (const workshop of wanted) {
        if (controller.signal.aborted) {
          result.cancelled = true;
          break;
        }
        if (await exists(path.join(this.target.workshopsDir, `${workshop.id}.json`))) {
          result.skipped.push({ id: workshop.id, reason: 'exists' });
          continue;
        }
        await this.copyOne(legacy, workshop.id, path.join(staging, workshop.id), options.hooks);
        result.imported.push(workshop.id);
        await options.hooks?.afterWorkshop?.(workshop.id);
      }
    } finally {
      options.signal?.removeEventListener('abort', stop);
      if (this.running === controller) this.running = null;
      await fs.rm(staging, { recursive: true, force: true });
    }
    if (!result.cancelled) await this.decide('imported');
    return result;
  }

  /** Stages one workshop's files, then renames them into place with the snapshot last. */
  private async copyOne(legacy: DataLayout, id: string, stage: string, hooks: CopyHooks | undefined): Promise<void> {
    const staged = dataLayout(stage);
    await fs.mkdir(staged.workshopsDir, { recursive: true });
    const snapshot = `${id}.json`;
    await fs.copyFile(path.join(legacy.workshopsDir, snapshot), path.join(staged.workshopsDir, snapshot));
    const present: string[] = [];
    for (const name of companions(id)) {
      if (await copyIfPresent(path.join(legacy.workshopsDir, name), path.join(staged.workshopsDir, name))) present.push(name);
    }
    const history = await copyIfPresent(path.join(legacy.historyDir, id), path.join(staged.historyDir, id));
    const copyRecord = path.join('handoff', 'copies', `${id}.json`);
    const isCopy = await copyIfPresent(path.join(legacy.root, copyRecord), path.join(stage, copyRecord));
    await hooks?.beforePlace?.(id);
    // Into place: the OPD-copy record first (a copy never exists without its restrictions), the snapshot last.
    if (isCopy) await moveDurably(path.join(stage, copyRecord), path.join(this.target.root, copyRecord));
    if (history) await moveDurably(path.join(staged.historyDir, id), path.join(this.target.historyDir, id));
    for (const name of present) await moveDurably(path.join(staged.workshopsDir, name), path.join(this.target.workshopsDir, name));
    await moveDurably(path.join(staged.workshopsDir, snapshot), path.join(this.target.workshopsDir, snapshot));
  }

  /** Stops a running import after the workshop being copied (Batal in the banner). */
  cancel(): boolean {
    if (!this.running) return false;
    this.running.abort();
    return true;
  }

  /** "Jangan impor": the offer is not made again; the old folder stays as it is. */
  async dismiss(): Promise<void> {
    if (this.legacy) await this.decide('dismissed');
  }

  private async decide(decision: Decision['decision']): Promise<void> {
    if (!this.legacy) return;
    const record: Decision = { decision, at: this.now().toISOString(), from: this.legacy.root };
    await fs.mkdir(this.target.root, { recursive: true });
    await writeFileDurably(this.decisionFile, JSON.stringify(record));
  }
}
