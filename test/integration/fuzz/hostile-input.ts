import fc from 'fast-check';
import { RICH_TEXT_LIMITS } from '../../../shared/model';

/**
 * Generators of what a careless or hostile client might send: rich text nested just under, at and far
 * above the limit, deep `attrs`, very long strings, and text full of NUL, ESC, bidi overrides, lone
 * surrogates and emoji. Plain JSON values only: everything goes over HTTP.
 */

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const ODD_PIECES = ['\u0000', '\u001B[31m', '\u202E', '\u2066', '\u200F', '\uD800', '\uDFFF', '🏙️👩🏽‍💻', 'مدينة', '\u0085', '\u007F', '\r\n', 'Layanan publik', ' ', '<w:t>&amp;', '\uFEFF'];

/** Text made of odd pieces, sometimes empty. */
export const oddText = (maxPieces = 8): fc.Arbitrary<string> => fc.array(fc.constantFrom(...ODD_PIECES), { maxLength: maxPieces }).map((parts) => parts.join(''));

/** A string far longer than any field allows, or just long. */
export const hugeText = (): fc.Arbitrary<string> => fc.constantFrom(300, 5_000, 120_000, 600_000).map((n) => 'x'.repeat(n));

const text = (value: string): Json => ({ type: 'text', text: value });

/** Nodes nested `levels` deep under the document (the innermost text node is at level `levels`). */
export const nestedNode = (levels: number, kind: 'bulletList' | 'paragraph' | 'listItem' = 'bulletList'): Json => {
  let node: Json = text('dalam');
  for (let i = 1; i < levels; i++) node = { type: kind, content: [node] };
  return node;
};

/** A value nested `levels` deep inside objects, for `attrs`. */
export const deepValue = (levels: number): Json => {
  let value: Json = 'dasar';
  for (let i = 0; i < levels; i++) value = { a: value };
  return value;
};

const L = RICH_TEXT_LIMITS;

/** A rich document to send: ordinary, at the limits, or beyond them. */
export const hostileDoc = (): fc.Arbitrary<Json> =>
  fc.oneof(
    oddText().map((t) => ({ type: 'doc', content: [{ type: 'paragraph', content: t ? [text(t)] : [] }] })),
    fc.constantFrom(L.depth - 1, L.depth, L.depth + 1, 120, 900, 5_000).map((levels) => ({ type: 'doc', content: [nestedNode(levels)] })),
    fc.constantFrom(100, 900, 4_100).map((levels) => ({ type: 'doc', content: [{ type: 'heading', attrs: { level: 2, extra: deepValue(levels) }, content: [text('Judul')] }] })),
    fc.constantFrom(100, 900, 4_100).map((levels) => ({
      type: 'doc',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: 'tautan', marks: [{ type: 'link', attrs: { href: deepValue(levels) } }, { type: 'bold', attrs: deepValue(levels) }] }] }],
    })),
    fc.constantFrom(1_000, L.nodes + 1).map((count) => ({ type: 'doc', content: Array.from({ length: count }, () => ({ type: 'paragraph' })) })),
    hugeText().map((t) => ({ type: 'doc', content: [{ type: 'paragraph', content: [text(t)] }] })),
    fc.constantFrom(L.marksPerNode, L.marksPerNode + 1).map((n) => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'tebal', marks: Array.from({ length: n }, () => ({ type: 'bold' })) }] }] })),
    fc.constant<Json>({ type: 'doc', content: [{ type: 'misteri', attrs: { src: 'x' }, content: 'bukan daftar' }] }),
  );

/** A name or title: odd characters, invisible-only, or far too long. */
export const hostileName = (): fc.Arbitrary<string> => fc.oneof(oddText(), fc.constant('\u0000\u202E\u001B'), hugeText(), oddText().map((t) => `Dinas ${t} Kominfo`));

/** What to do to the workshop in one step. */
export type Step =
  | { kind: 'vision'; statement: Json }
  | { kind: 'section'; title: string; content: Json }
  | { kind: 'rename'; title: string }
  | { kind: 'opd'; abbreviation: string; name: string }
  | { kind: 'participant'; name: string }
  | { kind: 'create'; title: string }
  | { kind: 'package'; content: Json; title: string }
  /** A ballot in the open word-cloud poll ('words') or open-text poll ('text'), as a phone would send it. */
  | { kind: 'ballot'; poll: 'words' | 'text'; voterName: string; words: string[]; text: string };

export const hostileStep = (): fc.Arbitrary<Step> =>
  fc.oneof(
    hostileDoc().map((statement): Step => ({ kind: 'vision', statement })),
    fc.record({ title: hostileName(), content: hostileDoc() }).map((r): Step => ({ kind: 'section', ...r })),
    hostileName().map((title): Step => ({ kind: 'rename', title })),
    fc.record({ abbreviation: hostileName(), name: hostileName() }).map((r): Step => ({ kind: 'opd', ...r })),
    hostileName().map((name): Step => ({ kind: 'participant', name })),
    hostileName().map((title): Step => ({ kind: 'create', title })),
    fc.record({ content: hostileDoc(), title: hostileName() }).map((r): Step => ({ kind: 'package', ...r })),
    fc
      .record({ poll: fc.constantFrom('words' as const, 'text' as const), voterName: hostileName(), words: fc.array(hostileName(), { maxLength: 12 }), text: hostileName() })
      .map((r): Step => ({ kind: 'ballot', ...r })),
  );

// ——— the room (issue 12): FGD groups writing from their phones ———

/** The two FGD groups the fuzz plays: the first two dimensions' groups. */
export type GroupKey = 'a' | 'b';
export type CardKind = 'issue' | 'swotItem' | 'gapAnalysis';
export type WorksheetKey = 'isu' | 'swot' | 'kesenjangan' | 'usulan';

/**
 * Where a group's write aims: its own group and dimension, its own group id on the other group's
 * dimension, the other group's id on its own dimension, or a field only the facilitator sets
 * (a hidden card, an issue's priority, a proposal's status).
 */
export type Aim = 'own' | 'otherDimension' | 'otherGroup' | 'facilitatorField';

/**
 * Which card or proposal a write names: a new one, one of its own group's, one of the other group's;
 * one of its own group's edited on a revision long past (another member may have changed it since);
 * or it removes one of its own.
 */
export type Target = 'new' | 'own' | 'others' | 'stale' | 'remove';

/**
 * The phone's device key sent with a join: none, one of a few phones of the group joining (a number: the same phone
 * joining again gets back its participant), or what no phone sends (too short, odd characters, huge, not a string).
 */
export type JoinDevice = null | number | Json;

export const hostileDeviceKey = (): fc.Arbitrary<JoinDevice> =>
  fc.oneof(
    { weight: 2, arbitrary: fc.constant(null) },
    { weight: 3, arbitrary: fc.nat(2) },
    { weight: 2, arbitrary: fc.oneof(oddText(), hugeText(), fc.constant('pendek'), fc.constant('a'.repeat(65)), fc.constant<Json>({ kunci: { dalam: ['x'] } }), fc.constant<Json>(12345)) },
  );

export type RoomStep =
  /** Someone opens the join screen: as group a or b, an unknown group, an OPD and a group at once, neither, with a wrong code. */
  | { kind: 'join'; name: string; as: GroupKey | 'unknownGroup' | 'both' | 'neither' | 'wrongCode'; device: JoinDevice }
  /** A member (`who`, an index into the room's members) writes a card. */
  | { kind: 'card'; who: number; card: CardKind; text: string; aim: Aim; target: Target }
  | { kind: 'proposal'; who: number; name: string; description: string; aim: Aim; target: Exclude<Target, 'remove' | 'stale'> }
  /** A member marks a worksheet "Selesai" (or not) for their own group or for the other one. */
  | { kind: 'done'; who: number; worksheet: WorksheetKey; done: boolean; whose: 'own' | 'other' }
  /** The facilitator locks a worksheet or opens it again. */
  | { kind: 'lock'; worksheet: WorksheetKey; locked: boolean };

const WORKSHEETS: readonly WorksheetKey[] = ['isu', 'swot', 'kesenjangan', 'usulan'];

/** Card and proposal text: odd, empty, far too long, or ordinary. */
const roomText = (): fc.Arbitrary<string> => fc.oneof({ weight: 3, arbitrary: oddText().map((t) => `Kartu ${t}`) }, { weight: 1, arbitrary: hostileName() });

export const hostileRoomStep = (): fc.Arbitrary<RoomStep> =>
  fc.oneof(
    { weight: 1, arbitrary: fc.record({ name: hostileName(), as: fc.constantFrom('a' as const, 'b' as const, 'unknownGroup' as const, 'both' as const, 'neither' as const, 'wrongCode' as const), device: hostileDeviceKey() }).map((r): RoomStep => ({ kind: 'join', ...r })) },
    {
      weight: 8,
      arbitrary: fc
        .record({
          who: fc.nat(20),
          card: fc.constantFrom('issue' as const, 'swotItem' as const, 'gapAnalysis' as const),
          text: roomText(),
          aim: fc.constantFrom('own' as const, 'own' as const, 'otherDimension' as const, 'otherGroup' as const, 'facilitatorField' as const),
          target: fc.constantFrom('new' as const, 'new' as const, 'new' as const, 'own' as const, 'own' as const, 'others' as const, 'others' as const, 'stale' as const, 'remove' as const),
        })
        .map((r): RoomStep => ({ kind: 'card', ...r })),
    },
    {
      weight: 3,
      arbitrary: fc
        .record({
          who: fc.nat(20),
          name: roomText(),
          description: oddText(),
          aim: fc.constantFrom('own' as const, 'own' as const, 'otherDimension' as const, 'otherGroup' as const, 'facilitatorField' as const),
          target: fc.constantFrom('new' as const, 'own' as const, 'others' as const),
        })
        .map((r): RoomStep => ({ kind: 'proposal', ...r })),
    },
    { weight: 2, arbitrary: fc.record({ who: fc.nat(20), worksheet: fc.constantFrom(...WORKSHEETS), done: fc.boolean(), whose: fc.constantFrom('own' as const, 'other' as const) }).map((r): RoomStep => ({ kind: 'done', ...r })) },
    // Mostly opening again: a worksheet stays locked for a few steps, not for the rest of the run.
    { weight: 1, arbitrary: fc.record({ worksheet: fc.constantFrom(...WORKSHEETS), locked: fc.constantFrom(true, false, false) }).map((r): RoomStep => ({ kind: 'lock', ...r })) },
  );
