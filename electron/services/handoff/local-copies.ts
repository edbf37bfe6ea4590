import fs from 'node:fs/promises';
import path from 'node:path';
import { LocalCopySchema, type LocalCopy } from '../../../shared/handoff';
import { ensureDirectory, isMissingFile, writeFileDurably } from '../store/durable-fs';

/**
 * On the OPD head's computer: for each workshop opened from a package, where it came from and the
 * items as they were taken (`<data>/handoff/copies/<workshop id>.json`).
 */
export class LocalCopies {
  private readonly cache = new Map<string, LocalCopy | null>();

  constructor(private readonly dir: string) {}

  static in(dataDir: string): LocalCopies {
    return new LocalCopies(path.join(dataDir, 'handoff', 'copies'));
  }

  private file(workshopId: string): string {
    return path.join(this.dir, `${workshopId}.json`);
  }

  async save(copy: LocalCopy): Promise<void> {
    await ensureDirectory(this.dir);
    await writeFileDurably(this.file(copy.localWorkshopId), JSON.stringify(copy));
    this.cache.set(copy.localWorkshopId, copy);
  }

  async remove(workshopId: string): Promise<void> {
    await fs.rm(this.file(workshopId), { force: true });
    this.cache.set(workshopId, null);
  }

  /** The copy record of a workshop, or null when it was not opened from a package. */
  async read(workshopId: string): Promise<LocalCopy | null> {
    if (this.cache.has(workshopId)) return this.cache.get(workshopId) ?? null;
    const copy = await this.readFile(this.file(workshopId));
    this.cache.set(workshopId, copy);
    return copy;
  }

  /** The copy already made from the package with this checksum, if any. */
  async findByPackage(checksum: string): Promise<LocalCopy | null> {
    let names: string[];
    try {
      names = await fs.readdir(this.dir);
    } catch (error) {
      if (isMissingFile(error)) return null;
      throw error;
    }
    for (const name of names.filter((n) => n.endsWith('.json'))) {
      const copy = await this.readFile(path.join(this.dir, name));
      if (copy?.origin.packageChecksum === checksum) return copy;
    }
    return null;
  }

  private async readFile(file: string): Promise<LocalCopy | null> {
    let text: string;
    try {
      text = await fs.readFile(file, 'utf8');
    } catch (error) {
      if (isMissingFile(error)) return null;
      throw error;
    }
    try {
      const parsed = LocalCopySchema.safeParse(JSON.parse(text));
      return parsed.success ? parsed.data : null;
    } catch {
      return null;
    }
  }
}
