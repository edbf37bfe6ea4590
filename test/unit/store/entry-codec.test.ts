import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { LogEntry } from '../../../shared/contract';
import type { RichNode } from '../../../shared/model';
import { EntryDecoder, EntryEncoder, applyDelta, diffJson } from '../../../electron/services/store/entry-codec';

/*
 * A section saved again and again while the facilitator types: each log line must decode back to
 * exactly the entry that was logged, while storing only what changed.
 */

const text = fc.string({ maxLength: 40 });
const textNode = fc.record({ type: fc.constant('text'), text, marks: fc.option(fc.array(fc.record({ type: fc.constantFrom('bold', 'italic') }), { maxLength: 2 }), { nil: undefined }) });
const paragraph: fc.Arbitrary<RichNode> = fc.record({ type: fc.constantFrom('paragraph', 'heading'), attrs: fc.option(fc.record({ level: fc.integer({ min: 1, max: 3 }) }), { nil: undefined }), content: fc.array(textNode, { maxLength: 4 }) });
const list: fc.Arbitrary<RichNode> = fc.record({ type: fc.constant('bulletList'), content: fc.array(fc.record({ type: fc.constant('listItem'), content: fc.array(paragraph, { maxLength: 2 }) }), { maxLength: 3 }) });
const doc = fc.record({ type: fc.constant('doc' as const), content: fc.array(fc.oneof(paragraph, paragraph, list), { maxLength: 12 }) });

const section = (content: { type: 'doc'; content: RichNode[] }, title = 'Latar Belakang', status: 'draft' | 'review' = 'draft') => ({
  id: 'bab-1-latar',
  outlineKey: 'bab1-latar-belakang',
  title,
  content,
  ownerOpdId: null,
  status,
});

const actor = { name: 'Fasilitator', opdId: null };

/** Encodes the entries as one file and decodes them again, line by line through JSON text. */
const roundTrip = (entries: LogEntry[]): { decoded: (LogEntry | null)[]; bytes: number } => {
  const encoder = new EntryEncoder();
  const decoder = new EntryDecoder();
  let bytes = 0;
  const decoded = entries.map((entry) => {
    const json = encoder.encode(entry);
    bytes += json.length;
    return decoder.decode(JSON.parse(json));
  });
  return { decoded, bytes };
};

describe('compact log entries', () => {
  it('a delta turns the old value into exactly the new one, for any two JSON values', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.jsonValue(), (a, b) => {
        const delta = JSON.parse(JSON.stringify(diffJson(a, b))) as ReturnType<typeof diffJson>;
        expect(JSON.stringify(applyDelta(JSON.parse(JSON.stringify(a)), delta))).toBe(JSON.stringify(b));
      }),
      { numRuns: 500 },
    );
  });

  it('a run of section saves (with undo and redo) decodes to exactly the logged entries', () => {
    fc.assert(
      fc.property(
        doc.chain((first) => fc.tuple(fc.constant(first), fc.array(fc.tuple(fc.nat(), fc.nat({ max: 3 }), fc.array(fc.oneof(paragraph, list), { maxLength: 3 }), fc.boolean(), fc.constantFrom('do', 'undo', 'redo')), { maxLength: 12 }))),
        ([first, edits]) => {
          let current = section(first);
          const entries: LogEntry[] = [{ seq: 1, revision: 1, at: '2026-03-02T08:00:00.000Z', actor, kind: 'do', command: { type: 'upsertSection', item: current }, inverse: { type: 'removeSection', id: current.id } }];
          for (const [n, [at, remove, insert, retitle, kind]] of edits.entries()) {
            const content = [...current.content.content];
            content.splice(at % (content.length + 1), remove, ...insert);
            const next = section({ type: 'doc', content }, retitle ? `Judul ${n}` : current.title, retitle ? 'review' : 'draft');
            entries.push({ seq: n + 2, revision: n + 2, at: '2026-03-02T08:01:00.000Z', actor, kind: kind as LogEntry['kind'], command: { type: 'upsertSection', item: next }, inverse: { type: 'upsertSection', item: current, index: 0 } });
            current = next;
          }
          entries.push({ seq: 99, revision: 99, at: '2026-03-02T09:00:00.000Z', actor, kind: 'do', command: { type: 'removeSection', id: current.id }, inverse: { type: 'upsertSection', item: current, index: 0 } });
          const { decoded } = roundTrip(entries);
          // The schema fills defaults (e.g. empty `content`), so compare with the entries as the schema reads them.
          expect(decoded).toEqual(roundTripPlain(entries));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('stores a typed paragraph in a large section as the paragraph, not the section', () => {
    fc.assert(
      fc.property(fc.array(paragraph, { minLength: 400, maxLength: 400 }), paragraph, (paragraphs, typed) => {
        const before = section({ type: 'doc', content: paragraphs });
        const after = section({ type: 'doc', content: [...paragraphs.slice(0, 200), typed, ...paragraphs.slice(200)] });
        const entries: LogEntry[] = [
          { seq: 1, revision: 1, at: 'x', actor, kind: 'do', command: { type: 'upsertSection', item: before }, inverse: { type: 'removeSection', id: before.id } },
          { seq: 2, revision: 2, at: 'x', actor, kind: 'do', command: { type: 'upsertSection', item: after }, inverse: { type: 'upsertSection', item: before, index: 0 } },
        ];
        const encoder = new EntryEncoder();
        encoder.encode(entries[0]!);
        const line = encoder.encode(entries[1]!);
        expect(line.length).toBeLessThan(JSON.stringify(typed).length + 400);
      }),
      { numRuns: 30 },
    );
  });

  it('stores an inverse whole when the file does not know the item as it was', () => {
    const before = section({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Versi lain' }] }] });
    const after = section({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Versi baru' }] }] });
    const encoder = new EntryEncoder();
    const json = encoder.encode({ seq: 5, revision: 5, at: 'x', actor, kind: 'do', command: { type: 'upsertSection', item: after }, inverse: { type: 'upsertSection', item: before, index: 0 } });
    expect(JSON.parse(json).inverse).toEqual({ type: 'upsertSection', item: before, index: 0 });
    expect(new EntryDecoder().decode(JSON.parse(json))?.command).toEqual({ type: 'upsertSection', item: after });
  });
});

/** The entries as a whole (format 1) line would decode them. */
const roundTripPlain = (entries: LogEntry[]): LogEntry[] => entries.map((entry) => new EntryDecoder().decode(JSON.parse(JSON.stringify(entry)))!);
