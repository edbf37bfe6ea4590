import { GapAnalysisSchema, ProgramProposalSchema, RegionalIssueSchema, SwotItemSchema, requiredText, type Workshop } from '../../../shared/model';
import { listen, type Listener } from '../share/fixture';
import type { Aim, CardKind, GroupKey, JoinDevice, Json, RoomStep, Target, WorksheetKey } from './hostile-input';
import { must, post, type Answer } from './server-process';

/*
 * The room as the fuzz plays it (issue 12): two FGD groups on the room's network, their members
 * joined with a token and each following the live stream, and what the server acknowledged, so the
 * stored workshop can be checked against it after a restart. Every step knows what the server must
 * answer: a write outside the group's scope (another dimension, another group's id or card, a field
 * only the facilitator sets, a locked worksheet) is 403; input the schemas refuse is 400; the rest 200.
 */

export interface Member {
  token: string;
  name: string;
  group: GroupKey;
  stream: Listener;
  /** The participant's id, and the device key its phone joined with (null: none). */
  id: string;
  phone: string | null;
}

interface Group {
  id: string;
  dimensionId: string;
}

export interface StoredCard {
  card: CardKind;
  group: GroupKey;
  /** The text as stored (cleaned by the schema): an issue's or SWOT item's text, a gap row's current condition. */
  text: string;
}

export interface StoredProposal {
  group: GroupKey;
  name: string;
  proposedBy: string;
}

/** What a step sent and what the server must answer. */
export interface Sent {
  answer: Answer;
  /** The statuses the server may answer (429 for joins is always allowed: the join rate limit). */
  allowed: number[];
  /** Who sent it: a member, or null for the facilitator and someone joining. */
  member: Member | null;
  /** Records what a 200 acknowledged. */
  acknowledge: () => Promise<void>;
}

export const other = (g: GroupKey): GroupKey => (g === 'a' ? 'b' : 'a');

/** The text a group's card or proposal carries to mark whose it is, so it is recognised wherever it turns up. */
export const secretOf = (g: GroupKey): string => `rahasia-${g}-`;
/** The ids of a group's cards and proposals. */
const cardId = (g: GroupKey, n: number): string => `kartu-${g}-${n}`;
const proposalId = (g: GroupKey, n: number): string => `usul-${g}-${n}`;
/** Whether `text` shows anything of group `g`'s: its cards' or proposals' ids or texts. */
export const showsGroup = (text: string, g: GroupKey): boolean => text.includes(secretOf(g)) || text.includes(`kartu-${g}-`) || text.includes(`usul-${g}-`);

const CARD_COMMAND: Record<CardKind, { name: string; worksheet: WorksheetKey }> = {
  issue: { name: 'Issue', worksheet: 'isu' },
  swotItem: { name: 'SwotItem', worksheet: 'swot' },
  gapAnalysis: { name: 'GapAnalysis', worksheet: 'kesenjangan' },
};

/** A card as a phone sends it, and its stored text if the schema takes it (null: refused with 400). */
const cardItem = (card: CardKind, base: { id: string; dimensionId: string; groupId: string }, text: string, aim: Aim): { item: Json; stored: string | null } => {
  const facilitatorField = aim === 'facilitatorField';
  switch (card) {
    case 'issue': {
      const item = { ...base, kind: 'permasalahan', text, ...(facilitatorField ? { priority: 1 } : {}) };
      const parsed = RegionalIssueSchema.safeParse(item);
      return { item, stored: parsed.success ? parsed.data.text : null };
    }
    case 'swotItem': {
      const item = { ...base, quadrant: 'S', text, ...(facilitatorField ? { hidden: true } : {}) };
      const parsed = SwotItemSchema.safeParse(item);
      return { item, stored: parsed.success ? parsed.data.text : null };
    }
    case 'gapAnalysis': {
      const item = { ...base, currentCondition: text, targetCondition: 'Layanan terpadu', gap: text, ...(facilitatorField ? { hidden: true } : {}) };
      const parsed = GapAnalysisSchema.safeParse(item);
      return { item, stored: parsed.success ? parsed.data.currentCondition : null };
    }
  }
};

const JoinNameSchema = requiredText('Nama', 80);
/** `POST /api/share.join` reads at most this much (electron/server/join.ts). */
const JOIN_MAX_BODY_BYTES = 4096;

export class Room {
  readonly members: Member[] = [];
  readonly cards = new Map<string, StoredCard>();
  readonly proposals = new Map<string, StoredProposal>();
  /** `${groupId}|${worksheet}` for every acknowledged "Selesai". */
  readonly done = new Set<string>();
  readonly locks = new Set<WorksheetKey>();
  private counter = 0;

  constructor(
    /** The facilitator's address (loopback, trusted). */
    private readonly app: string,
    /** The participants' address (the room-network listener). */
    readonly lan: string,
    readonly workshopId: string,
    private readonly code: string,
    readonly groups: Readonly<Record<GroupKey, Group>>,
    private readonly opdId: string,
  ) {}

  /** Shares the workshop and returns the room, with its first two dimensions' groups as a and b. */
  static async open(app: string, workshopId: string): Promise<Room> {
    const { workshop } = await must<{ workshop: Workshop }>(app, 'workshop.open', { workshopId });
    const groupOf = (index: number): Group => {
      const dimension = workshop.dimensionSet.dimensions[index];
      const group = workshop.groups.find((g) => g.dimensionId === dimension?.id);
      if (!group) throw new Error(`no FGD group for dimension ${index}`);
      return { id: group.id, dimensionId: group.dimensionId };
    };
    const status = await must<{ urls: string[]; code: string }>(app, 'share.start', { workshopId, host: '127.0.0.1', port: 0 });
    const lan = status.urls[0];
    if (!lan) throw new Error('share.start gave no address');
    return new Room(app, lan, workshopId, status.code, { a: groupOf(0), b: groupOf(1) }, workshop.opds[0]?.id ?? '');
  }

  async revision(): Promise<number> {
    return (await must<{ workshop: { revision: number } }>(this.app, 'workshop.open', { workshopId: this.workshopId })).workshop.revision;
  }

  /** The workshop as a member's phone opens it. */
  async viewOf(member: Member): Promise<Answer<{ workshop: Workshop }>> {
    return post<{ workshop: Workshop }>(this.lan, 'workshop.open', { workshopId: this.workshopId }, member.token);
  }

  send(step: RoomStep): Promise<Sent> {
    this.counter += 1;
    switch (step.kind) {
      case 'join':
        return this.join(step.name, step.as, step.device);
      case 'card':
        return this.card(step.who, step.card, step.text, step.aim, step.target);
      case 'proposal':
        return this.proposal(step.who, step.name, step.description, step.aim, step.target);
      case 'done':
        return this.markDone(step.who, step.worksheet, step.done, step.whose);
      case 'lock':
        return this.lock(step.worksheet, step.locked);
    }
  }

  async join(name: string, as: Extract<RoomStep, { kind: 'join' }>['as'], device: JoinDevice = null): Promise<Sent> {
    const wrongCode = this.code === 'ZZZZZZ' ? 'YYYYYY' : 'ZZZZZZ';
    const input: Record<string, Json> = { code: as === 'wrongCode' ? wrongCode : this.code, name };
    if (as === 'a' || as === 'b' || as === 'wrongCode') input['groupId'] = this.groups[as === 'wrongCode' ? 'a' : as].id;
    if (as === 'unknownGroup') input['groupId'] = 'kelompok-tidak-ada';
    if (as === 'both') Object.assign(input, { groupId: this.groups.a.id, opdId: this.opdId });
    // A phone of the joining group (the same one again gets back its participant), or a key no phone sends.
    const phone = typeof device === 'number' ? `ponsel-fuzz-${as}-${device}-0123456789abcdef` : null;
    if (device !== null) input['deviceKey'] = phone ?? device;
    const keyRefused = device !== null && phone === null && !(typeof device === 'string' && /^[A-Za-z0-9_-]{22,64}$/.test(device));
    const cleanName = JoinNameSchema.safeParse(name);
    const expected =
      Buffer.byteLength(JSON.stringify(input)) > JOIN_MAX_BODY_BYTES ? 413 : !cleanName.success || keyRefused ? 400 : as === 'wrongCode' ? 403 : as === 'a' || as === 'b' ? 200 : 400;
    const answer = await post<{ token?: string; participant?: { id: string; name: string } }>(this.lan, 'share.join', input);
    return {
      answer,
      allowed: [expected, 429],
      member: null,
      acknowledge: async () => {
        const token = answer.body.token ?? '';
        const joinedName = answer.body.participant?.name ?? '';
        const id = answer.body.participant?.id ?? '';
        if (as !== 'a' && as !== 'b') throw new Error(`joined as ${as}`);
        if (joinedName !== cleanName.data) throw new Error(`joined as ${JSON.stringify(joinedName)}, not as the cleaned ${JSON.stringify(cleanName.data)}`);
        // The same phone again (same key, same group): the same participant, renamed, in the same member's place.
        const again = phone === null ? -1 : this.members.findIndex((m) => m.phone === phone);
        const previous = this.members[again];
        if (previous && previous.id !== id) throw new Error(`phone ${phone} joined again as ${id}, not as its participant ${previous.id}`);
        if (!previous && this.members.some((m) => m.id === id)) throw new Error(`a new phone was given the participant ${id} of another`);
        previous?.stream.close();
        const stream = await listen(this.lan, this.workshopId, token);
        if (stream.status !== 200) throw new Error(`stream → ${stream.status}`);
        const member: Member = { token, name: joinedName, group: as, stream, id, phone };
        if (previous) this.members[again] = member;
        else this.members.push(member);
      },
    };
  }

  private memberAt(who: number): Member {
    const member = this.members[who % this.members.length];
    if (!member) throw new Error('nobody has joined');
    return member;
  }

  private ofGroup<T extends { group: GroupKey }>(items: ReadonlyMap<string, T>, g: GroupKey, match: (item: T) => boolean = () => true): string | undefined {
    const ids = [...items].filter(([, item]) => item.group === g && match(item)).map(([id]) => id);
    return ids[this.counter % Math.max(1, ids.length)];
  }

  /** A member's write through the participants' API, on the revision their phone last saw (or on `baseRevision`). */
  private async apply(member: Member, command: Json, baseRevision?: number): Promise<Answer> {
    const base = baseRevision ?? (await this.viewOf(member)).body.workshop.revision;
    return post(this.lan, 'workshop.apply', { workshopId: this.workshopId, baseRevision: base, command }, member.token);
  }

  private async card(who: number, card: CardKind, text: string, aim: Aim, target: Target): Promise<Sent> {
    const member = this.memberAt(who);
    const g = member.group;
    const own = this.groups[g];
    const theirs = this.groups[other(g)];
    const isKind = (c: StoredCard) => c.card === card;
    let id = cardId(g, this.counter);
    let scoped = aim === 'own';
    if (target === 'own' || target === 'stale' || target === 'remove') id = this.ofGroup(this.cards, g, isKind) ?? id;
    // A removal names only the card: in scope when it is one of the group's own.
    if (target === 'remove') scoped = this.cards.has(id);
    // Another group's card, once it has one (until then, a new card of its own).
    const theirCard = target === 'others' ? this.ofGroup(this.cards, other(g), isKind) : undefined;
    if (theirCard !== undefined) {
      id = theirCard;
      scoped = false;
    }
    const { name, worksheet } = CARD_COMMAND[card];
    const open = !this.locks.has(worksheet);
    if (target === 'remove') {
      const answer = await this.apply(member, { type: `remove${name}`, id });
      return { answer, allowed: [scoped && open ? 200 : 403], member, acknowledge: async () => void this.cards.delete(id) };
    }
    const base = { id, dimensionId: aim === 'otherDimension' ? theirs.dimensionId : own.dimensionId, groupId: aim === 'otherGroup' ? theirs.id : own.id };
    const { item, stored } = cardItem(card, base, `${text} ${secretOf(g)}${this.counter}`, aim);
    // On a revision long past, an edit of a card someone changed since is a conflict (409, nothing written).
    const stale = target === 'stale' && this.cards.has(id);
    const answer = await this.apply(member, { type: `upsert${name}`, item }, stale ? 1 : undefined);
    return {
      answer,
      allowed: stored === null ? [400] : scoped && open ? (stale ? [200, 409] : [200]) : [403],
      member,
      acknowledge: async () => void this.cards.set(id, { card, group: g, text: stored ?? '' }),
    };
  }

  private async proposal(who: number, name: string, description: string, aim: Aim, target: Exclude<Target, 'remove'>): Promise<Sent> {
    const member = this.memberAt(who);
    const g = member.group;
    const own = this.groups[g];
    const theirs = this.groups[other(g)];
    let id = proposalId(g, this.counter);
    let scoped = aim === 'own';
    if (target === 'own') id = this.ofGroup(this.proposals, g) ?? id;
    const theirProposal = target === 'others' ? this.ofGroup(this.proposals, other(g)) : undefined;
    if (theirProposal !== undefined) {
      id = theirProposal;
      scoped = false;
    }
    const item = {
      id,
      groupId: aim === 'otherGroup' ? theirs.id : own.id,
      dimensionId: aim === 'otherDimension' ? theirs.dimensionId : own.dimensionId,
      elementId: null,
      name: `${name} ${secretOf(g)}${this.counter}`,
      description,
      // The server writes who proposed it, whatever the phone says.
      proposedBy: 'Nama palsu',
      status: aim === 'facilitatorField' ? 'diterima' : 'baru',
    };
    const parsed = ProgramProposalSchema.safeParse(item);
    const answer = await this.apply(member, { type: 'upsertProposal', item });
    return {
      answer,
      allowed: [parsed.success ? (scoped && !this.locks.has('usulan') ? 200 : 403) : 400],
      member,
      acknowledge: async () => {
        const first = this.proposals.get(id)?.proposedBy ?? member.name;
        this.proposals.set(id, { group: g, name: parsed.data?.name ?? '', proposedBy: first });
      },
    };
  }

  private async markDone(who: number, worksheet: WorksheetKey, done: boolean, whose: 'own' | 'other'): Promise<Sent> {
    const member = this.memberAt(who);
    const groupId = this.groups[whose === 'own' ? member.group : other(member.group)].id;
    const answer = await this.apply(member, { type: 'setGroupDone', groupId, worksheet, done });
    const key = `${groupId}|${worksheet}`;
    return {
      answer,
      allowed: [whose === 'own' ? 200 : 403],
      member,
      acknowledge: async () => void (done ? this.done.add(key) : this.done.delete(key)),
    };
  }

  private async lock(worksheet: WorksheetKey, locked: boolean): Promise<Sent> {
    const command = { type: 'setWorksheetLock', worksheet, locked };
    const answer = await post(this.app, 'workshop.apply', { workshopId: this.workshopId, baseRevision: await this.revision(), command });
    return { answer, allowed: [200], member: null, acknowledge: async () => void (locked ? this.locks.add(worksheet) : this.locks.delete(worksheet)) };
  }

  /** Waits until every member's stream has heard of `revision` (or fails after `ms`). */
  async streamsReach(revision: number, ms = 10_000): Promise<void> {
    await Promise.all(
      this.members.map((m) => {
        // An applied command, or a reload when it changed what the group sees.
        const heard = m.stream.next((e) => typeof e.data['revision'] === 'number' && e.data['revision'] >= revision);
        const late = new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`${m.name}'s stream never heard of revision ${revision}`)), ms).unref());
        return Promise.race([heard, late]);
      }),
    );
  }

  close(): void {
    for (const m of this.members) m.stream.close();
  }
}
