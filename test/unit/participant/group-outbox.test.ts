import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Api } from '../../../shared/contract';
import type { Command } from '../../../shared/commands';
import type { RegionalIssue } from '../../../shared/model';
import { ApiError } from '../../../renderer/src/api/api-error';
import { DraftStore, type DraftStorage } from '../../../renderer/src/participant/drafts/drafts';
import { Outbox } from '../../../renderer/src/participant/drafts/outbox';

/*
 * A group's cards in the phone's outbox (issue 12): a new card is sent as its upsert once typed, a
 * removal as its remove command, a card removed before it was ever sent is never sent at all, and
 * what waits survives a reload (a new store over the same storage). A refusal keeps the text.
 */

class MemoryStorage implements DraftStorage {
  private readonly map = new Map<string, string>();
  get length() {
    return this.map.size;
  }
  getItem(key: string) {
    return this.map.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.map.set(key, value);
  }
  removeItem(key: string) {
    this.map.delete(key);
  }
  key(index: number) {
    return [...this.map.keys()][index] ?? null;
  }
}

interface Sent {
  baseRevision: number;
  command: Command;
}

/** A server answering workshop.apply: records what it got, or fails as told. */
const fakeServer = () => {
  const sent: Sent[] = [];
  let revision = 10;
  let failWith: Error | null = null;
  const api = {
    'workshop.apply': (input: Sent) => {
      if (failWith) return Promise.reject(failWith);
      sent.push({ baseRevision: input.baseRevision, command: input.command });
      revision += 1;
      const applied = 'item' in input.command ? { type: input.command.type, item: input.command.item } : input.command;
      return Promise.resolve({ revision, applied, canUndo: false, canRedo: false });
    },
  } as unknown as Api;
  return { api, sent, fail: (error: Error | null) => (failWith = error) };
};

const card = (text: string): RegionalIssue => ({ id: 'isu-baru', dimensionId: 'gov', kind: 'permasalahan', text, rpjmdIssue: '', groupId: 'kelompok-gov' });

const settle = async () => {
  await vi.runAllTimersAsync();
};

describe("a group's cards in the outbox", () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('sends a new card as its upsert, based on the revision it was typed at, and forgets the draft once acknowledged', async () => {
    vi.useFakeTimers();
    const server = fakeServer();
    const storage = new MemoryStorage();
    const outbox = new Outbox(server.api, 'ws', new DraftStore('ws', storage));
    outbox.edit('issue', null, 7, card('Sampah menumpuk'));
    expect(outbox.getSnapshot().status).toBe('saving');
    await settle();
    expect(server.sent).toEqual([{ baseRevision: 7, command: { type: 'upsertIssue', item: card('Sampah menumpuk') } }]);
    expect(outbox.getSnapshot().drafts).toEqual([]);
    expect(outbox.getSnapshot().acked.get('issue:isu-baru')?.item).toEqual(card('Sampah menumpuk'));
    expect(storage.length).toBe(0);
  });

  it('never sends a card removed before it was sent', async () => {
    vi.useFakeTimers();
    const server = fakeServer();
    const outbox = new Outbox(server.api, 'ws', new DraftStore('ws', new MemoryStorage()));
    outbox.edit('issue', null, 7, card('Salah ketik'));
    outbox.remove('issue', null, 7, 'isu-baru');
    await settle();
    expect(server.sent).toEqual([]);
    expect(outbox.getSnapshot().drafts).toEqual([]);
  });

  it('sends the removal of a stored card as its remove command, and an acknowledged removal hides the card', async () => {
    vi.useFakeTimers();
    const server = fakeServer();
    const outbox = new Outbox(server.api, 'ws', new DraftStore('ws', new MemoryStorage()));
    outbox.remove('issue', card('Sampah menumpuk'), 12, 'isu-baru');
    expect(outbox.getSnapshot().drafts[0]?.removal).toBe(true);
    await settle();
    expect(server.sent).toEqual([{ baseRevision: 12, command: { type: 'removeIssue', id: 'isu-baru' } }]);
    expect(outbox.getSnapshot().acked.get('issue:isu-baru')?.item).toBeNull();
  });

  it('keeps what was typed offline across a reload and sends it when the connection returns', async () => {
    vi.useFakeTimers();
    const server = fakeServer();
    const storage = new MemoryStorage();
    server.fail(new ApiError('network', 'offline'));
    const first = new Outbox(server.api, 'ws', new DraftStore('ws', storage));
    first.edit('issue', null, 7, card('Diketik saat luring'));
    await vi.advanceTimersByTimeAsync(700);
    expect(first.getSnapshot().status).toBe('offline');
    first.dispose();

    // The page reloads: a new outbox over the same storage finds the draft and sends it.
    server.fail(null);
    const second = new Outbox(server.api, 'ws', new DraftStore('ws', storage));
    expect(second.getSnapshot().drafts.map((d) => [d.collection, d.id, d.baseItem])).toEqual([['issue', 'isu-baru', null]]);
    second.flush();
    await settle();
    expect(server.sent.map((s) => s.command)).toEqual([{ type: 'upsertIssue', item: card('Diketik saat luring') }]);
    expect(storage.length).toBe(0);
  });

  it('holds a refused card with its text and the reason, and sends it again on request', async () => {
    vi.useFakeTimers();
    const server = fakeServer();
    const outbox = new Outbox(server.api, 'ws', new DraftStore('ws', new MemoryStorage()));
    server.fail(new ApiError('forbidden', 'Lembar «isu» sedang dikunci fasilitator; perubahan dari kelompok tidak diterima.', undefined, 'room.worksheetLocked', { worksheet: 'isu' }));
    outbox.edit('issue', null, 7, card('Tetap tersimpan'));
    await settle();
    const [held] = outbox.getSnapshot().drafts;
    expect(held?.item).toEqual(card('Tetap tersimpan'));
    expect(held?.state).toEqual({ kind: 'refused', message: expect.stringContaining('dikunci fasilitator') as unknown as string });
    expect(outbox.getSnapshot().status).toBe('attention');

    server.fail(null);
    outbox.retry('issue', 'isu-baru');
    await settle();
    expect(server.sent.map((s) => s.command)).toEqual([{ type: 'upsertIssue', item: card('Tetap tersimpan') }]);
    expect(outbox.getSnapshot().drafts).toEqual([]);
  });
});
