import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LogEntry } from '../../../shared/contract';
import { CommandLog, EntryNotStorable, parseLog } from '../../../electron/services/store/command-log';
import { EntryEncoder } from '../../../electron/services/store/entry-codec';

/*
 * The acknowledged-write path encodes an entry once: the compact line that is written is the text
 * checked (parsed back, resolved, validated). An entry that would not read back is refused before
 * the file is touched, and leaves the encoder's memory as it was.
 */

const actor = { name: 'Fasilitator', opdId: null };
const sentence = 'Program ini memperkuat layanan publik berbasis data dan kolaborasi antar-OPD. ';
const section = (words: string) => ({
  id: 'bab-1',
  outlineKey: 'bab1-latar-belakang',
  title: 'Latar Belakang',
  content: { type: 'doc' as const, content: [{ type: 'paragraph', content: [{ type: 'text', text: sentence.repeat(20) }] }, { type: 'paragraph', content: [{ type: 'text', text: words }] }] },
  ownerOpdId: null,
  status: 'draft' as const,
});
const edit = (seq: number, before: string, after: string): LogEntry => ({
  seq,
  revision: seq,
  at: '2026-01-01T00:00:00.000Z',
  actor,
  kind: 'do',
  command: { type: 'upsertSection', item: section(after) },
  inverse: { type: 'upsertSection', item: section(before), index: 0 },
});

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'log-append-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('appending an acknowledged edit', () => {
  it('writes the compact line it checked, which an open reads back as the entry', async () => {
    const file = path.join(dir, 'w.log');
    const log = new CommandLog(file, 0);
    const entries = [edit(1, 'satu', 'dua'), edit(2, 'dua', 'tiga'), edit(3, 'tiga', 'empat')];
    for (const entry of entries) await log.append(entry);
    await log.close();
    const bytes = await readFile(file);
    const parsed = parseLog(bytes);
    expect(parsed.problem).toBeNull();
    expect(parsed.entries).toEqual(entries);
    // Later edits of the same section are stored compactly ($same inverse, $delta command), far below two whole sections.
    const lines = bytes.toString('utf8').trim().split('\n');
    expect(lines[2]).toContain('"$same"');
    expect(lines[2]).toContain('"$delta"');
    expect(lines[2]!.length).toBeLessThan(JSON.stringify(entries[2]).length / 3);
    // The same text as the encoder gives on its own.
    const encoder = new EntryEncoder();
    expect(entries.map((e) => encoder.encode(e))).toEqual(lines.map((l) => l.slice(l.indexOf('"entry":') + 8, -1)));
  });

  it('refuses an entry that would not read back (a NaN becomes null), before the file exists', async () => {
    const file = path.join(dir, 'new.log');
    const log = new CommandLog(file, 0);
    const bad: LogEntry = { ...edit(1, 'a', 'b'), revision: Number.NaN };
    await expect(log.append(bad)).rejects.toBeInstanceOf(EntryNotStorable);
    await expect(stat(file)).rejects.toMatchObject({ code: 'ENOENT' });
    expect(log.bytes).toBe(0);
  });

  it('refuses an entry that cannot be encoded at all (a BigInt), and the file and memory stay as they were', async () => {
    const file = path.join(dir, 'w.log');
    const log = new CommandLog(file, 0);
    await log.append(edit(1, 'satu', 'dua'));
    const size = log.bytes;
    const bad = { ...edit(2, 'dua', 'tiga'), command: { type: 'upsertSection', item: { ...section('tiga'), title: 10n } } } as unknown as LogEntry;
    await expect(log.append(bad)).rejects.toBeInstanceOf(EntryNotStorable);
    expect(log.bytes).toBe(size);
    // The refused entry did not move the encoder on: the next edit still compacts against the first and reads back.
    await log.append(edit(2, 'dua', 'tiga'));
    await log.close();
    const parsed = parseLog(await readFile(file));
    expect(parsed.problem).toBeNull();
    expect(parsed.entries.map((e) => e.seq)).toEqual([1, 2]);
    expect(parsed.entries[1]).toEqual(edit(2, 'dua', 'tiga'));
  });
});
