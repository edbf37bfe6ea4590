import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Low } from 'lowdb';
import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { DurableJsonAdapter, UnreadableJsonError } from '../../../electron/services/store/durable-json-adapter';
import { namesIn, removeTempFolders, tempDataDir } from './fixture';

afterEach(removeTempFolders);

const Note = z.object({ text: z.string() });
type Note = z.infer<typeof Note>;

describe('the durable lowdb adapter', () => {
  it('replaces the file whole, keeps the previous version as .bak and leaves no temp file', async () => {
    const dir = await tempDataDir();
    const file = path.join(dir, 'catatan.json');
    const db = new Low<Note>(new DurableJsonAdapter(file, (raw) => Note.parse(raw)), { text: '' });
    db.data = { text: 'pertama' };
    await db.write();
    expect(await namesIn(dir)).toEqual(['catatan.json']);
    db.data = { text: 'kedua' };
    await db.write();
    db.data = { text: 'ketiga' };
    await db.write();

    expect(await namesIn(dir)).toEqual(['catatan.json', 'catatan.json.bak']);
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual({ text: 'ketiga' });
    expect(JSON.parse(await readFile(`${file}.bak`, 'utf8'))).toEqual({ text: 'kedua' });

    const reader = new Low<Note>(new DurableJsonAdapter(file, (raw) => Note.parse(raw)), { text: '' });
    await reader.read();
    expect(reader.data).toEqual({ text: 'ketiga' });
  });

  it('reads a missing file as nothing, and names what is wrong with an empty or cut-short one', async () => {
    const dir = await tempDataDir();
    const file = path.join(dir, 'catatan.json');
    const adapter = new DurableJsonAdapter(file, (raw) => Note.parse(raw));
    expect(await adapter.read()).toBeNull();
    await writeFile(file, '');
    await expect(adapter.read()).rejects.toBeInstanceOf(UnreadableJsonError);
    await writeFile(file, '{"text":"terpo');
    await expect(adapter.read()).rejects.toThrow(/terpotong/);
  });
});
