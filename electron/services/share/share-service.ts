import QRCode from 'qrcode';
import { AppError, type Command } from '../../../shared/commands';
import type { Applied, OpenedWorkshop, ParticipantScope, ShareJoinInput, ShareJoined, ShareLookup, ShareMe, ShareParticipant, ShareStatus } from '../../../shared/contract';
import type { GroupAudience } from '../../../shared/handoff';
import type { Workshop } from '../../../shared/model';
import { newId } from '../ids';
import type { WorkshopStore } from '../store/workshop-store';
import { joinCodeMatches, newJoinCode } from './join-code';
import type { LiveFeed } from './live-feed';
import type { ShareNetwork } from './network';
import { applyParticipantEdit, openForParticipant } from './participant-edits';
import { hashToken, newParticipantToken } from './tokens';

export interface ShareSettings {
  /** How long a join code stays valid. */
  codeTtlMs: number;
  /** How many participants may be joined at once. */
  participantCap: number;
  /** How many live-update streams one participant may hold open (tabs). */
  streamsPerParticipant: number;
}

export const DEFAULT_SHARE_SETTINGS: ShareSettings = { codeTtlMs: 2 * 60 * 60_000, participantCap: 100, streamsPerParticipant: 3 };

/** Why a participant's stream is being closed. */
export type StreamEnd = 'ended' | 'revoked';

export interface Participant {
  readonly id: string;
  readonly name: string;
  /** What they may write: their OPD's part, or their FGD group's cards and proposals. */
  readonly scope: ParticipantScope;
  /** Their OPD (null for a group member). */
  readonly opdId: string | null;
  readonly opdName: string;
  /** Their FGD group (null for an OPD participant). */
  readonly groupId: string | null;
  readonly groupName: string;
  readonly joinedAt: Date;
  lastSeenAt: Date;
  revoked: boolean;
}

interface Sharing {
  workshopId: string;
  workshopTitle: string;
  urls: string[];
  code: string;
  codeExpiresAt: Date;
  startedAt: Date;
  participants: Map<string, Participant>;
  /** sha256(token) → participant id. Tokens themselves are never kept. */
  byTokenHash: Map<string, string>;
  /** sha256(device key) → participant id: the phone that joined as them (see `join`). */
  byDeviceHash: Map<string, string>;
  streams: Map<string, Set<(reason: StreamEnd) => void>>;
  /** The room as the live stream needs it for groups, kept in step with the feed (see RoomFollower). */
  room: RoomFollower;
}

/**
 * The groups' dimensions and the sharing switch, followed synchronously from the live feed so each
 * event is judged for each group as the workshop stood when it was applied (a restore re-reads it).
 */
class RoomFollower {
  private dimensions = new Map<string, string>();
  private shareAcrossGroups = false;
  private stop: () => void = () => undefined;

  constructor(workshop: Workshop) {
    this.reset(workshop);
  }

  reset(workshop: Workshop): void {
    this.dimensions = new Map(workshop.groups.map((g) => [g.id, g.dimensionId]));
    this.shareAcrossGroups = workshop.room.shareAcrossGroups;
  }

  follow(feed: LiveFeed, workshopId: string, reread: () => Promise<Workshop>): void {
    this.stop = feed.subscribe(workshopId, (event) => {
      if (event.type === 'reload') {
        void reread().then((w) => this.reset(w), () => undefined);
        return;
      }
      this.take(event.command);
    });
  }

  private take(command: Command): void {
    if (command.type === 'batch') for (const part of command.commands) this.take(part);
    else if (command.type === 'upsertGroup') this.dimensions.set(command.item.id, command.item.dimensionId);
    else if (command.type === 'removeGroup') this.dimensions.delete(command.id);
    else if (command.type === 'setRoomSharing') this.shareAcrossGroups = command.shareAcrossGroups;
  }

  audience(groupId: string): GroupAudience {
    return { groupId, dimensionId: this.dimensions.get(groupId) ?? null, shareAcrossGroups: this.shareAcrossGroups };
  }

  close(): void {
    this.stop();
  }
}

/** Whether two typed names are the same person's: case, spaces and their runs aside ("budi  Santoso" is "Budi Santoso"). */
const sameName = (a: string, b: string): boolean => a.trim().replace(/\s+/g, ' ').toLocaleLowerCase('id') === b.trim().replace(/\s+/g, ' ').toLocaleLowerCase('id');

const sameScope = (a: ParticipantScope, b: ParticipantScope): boolean =>
  a.kind === 'opd' ? b.kind === 'opd' && a.opdId === b.opdId : b.kind === 'group' && a.groupId === b.groupId;

const notSharing = (): AppError => new AppError('not_found', { reason: 'share.notActive' });

const networkProblem = (error: unknown): AppError => {
  if (error instanceof AppError) return error;
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'EADDRINUSE') return new AppError('conflict', { reason: 'share.portInUse', field: 'port' });
  if (code === 'EADDRNOTAVAIL') return new AppError('invalid_input', { reason: 'share.hostMissing', field: 'host' });
  return (code ? new AppError('internal', { reason: 'share.networkFailedCode', params: { code } }) : new AppError('internal', { reason: 'share.networkFailed' }));
};

/**
 * "Bagikan di jaringan lokal": one workshop shared with the room. Holds the join code, the joined
 * participants (with only a hash of each token) and their live streams, all in memory: stopping
 * the share, or the app, ends every participant's access. Facilitator-only calls come through the
 * contract; the transport calls `join`, `authenticate` and the participant methods.
 */
export class ShareService {
  private network: ShareNetwork | null = null;
  private sharing: Sharing | null = null;
  private readonly qrMemo = new Map<string, string>();

  constructor(
    private readonly store: WorkshopStore,
    readonly feed: LiveFeed,
    private readonly now: () => Date,
    private readonly settings: ShareSettings = DEFAULT_SHARE_SETTINGS,
  ) {}

  /** The transport provides the listener; `null` detaches it (the server is closing). */
  attachNetwork(network: ShareNetwork | null): void {
    this.network = network;
  }

  get activeWorkshopId(): string | null {
    return this.sharing?.workshopId ?? null;
  }

  async start(input: { workshopId: string; host?: string | undefined; port?: number | undefined }): Promise<ShareStatus> {
    if (this.sharing) {
      if (this.sharing.workshopId === input.workshopId) return this.status();
      throw new AppError('conflict', { reason: 'share.alreadySharing', params: { title: this.sharing.workshopTitle } });
    }
    const network = this.network;
    if (!network) throw new AppError('internal', { reason: 'share.unavailableInMode' });
    const shared = await this.store.withSession(input.workshopId, async (session) => {
      if (session.readOnly) throw new AppError('read_only', { reason: 'workshop.newerCannotShare' });
      return session.workshop;
    });
    const workshopTitle = shared.title;
    let opened;
    try {
      opened = await network.open({ host: input.host, port: input.port });
    } catch (error) {
      throw networkProblem(error);
    }
    const now = this.now();
    this.sharing = {
      workshopId: input.workshopId,
      workshopTitle,
      urls: opened.urls,
      code: newJoinCode(),
      codeExpiresAt: new Date(now.getTime() + this.settings.codeTtlMs),
      startedAt: now,
      participants: new Map(),
      byTokenHash: new Map(),
      byDeviceHash: new Map(),
      streams: new Map(),
      room: new RoomFollower(shared),
    };
    this.sharing.room.follow(this.feed, input.workshopId, () => this.store.read(input.workshopId, (workshop) => workshop));
    return this.status();
  }

  /** Tells every participant the session ended, forgets their tokens and closes the listener. Saved edits stay saved. */
  async stop(): Promise<ShareStatus> {
    const sharing = this.sharing;
    this.sharing = null;
    if (sharing) {
      sharing.room.close();
      for (const ends of sharing.streams.values()) for (const end of [...ends]) end('ended');
      await this.network?.close();
      await this.store.flush(sharing.workshopId).catch(() => undefined);
    }
    return this.status();
  }

  async status(): Promise<ShareStatus> {
    const s = this.sharing;
    if (!s) {
      return { active: false, workshopId: null, workshopTitle: null, urls: [], code: null, codeExpiresAt: null, startedAt: null, participantCount: 0, participantCap: this.settings.participantCap, qrSvg: null };
    }
    const first = s.urls[0];
    return {
      active: true,
      workshopId: s.workshopId,
      workshopTitle: s.workshopTitle,
      urls: s.urls,
      code: s.code,
      codeExpiresAt: s.codeExpiresAt.toISOString(),
      startedAt: s.startedAt.toISOString(),
      participantCount: this.activeParticipants(s).length,
      participantCap: this.settings.participantCap,
      qrSvg: first ? await this.qrSvg(first) : null,
    };
  }

  async renewCode(): Promise<ShareStatus> {
    const s = this.requireSharing();
    s.code = newJoinCode();
    s.codeExpiresAt = new Date(this.now().getTime() + this.settings.codeTtlMs);
    return this.status();
  }

  participants(): ShareParticipant[] {
    const s = this.sharing;
    if (!s) return [];
    return [...s.participants.values()].sort((a, b) => a.joinedAt.getTime() - b.joinedAt.getTime()).map((p) => this.describe(s, p));
  }

  /** Ends one participant's access at once: their token is refused from now on and their streams close. */
  revoke(participantId: string): ShareParticipant[] {
    const s = this.requireSharing();
    const participant = s.participants.get(participantId);
    if (!participant) throw new AppError('not_found', { reason: 'share.participantNotFound', field: 'participantId' });
    participant.revoked = true;
    this.forgetAccess(s, participantId);
    return this.participants();
  }

  /** Refuses a participant's tokens from now on and closes their streams. */
  private forgetAccess(s: Sharing, participantId: string): void {
    for (const [hash, id] of s.byTokenHash) if (id === participantId) s.byTokenHash.delete(hash);
    for (const end of [...(s.streams.get(participantId) ?? [])]) end('revoked');
  }

  /** What a person with the code sees before joining: the workshop's title, its OPDs and its FGD groups to choose from. */
  async lookup(code: string): Promise<ShareLookup> {
    const s = this.checkCode(code);
    const w = await this.store.read(s.workshopId, (workshop) => workshop);
    const dimension = (id: string) => w.dimensionSet.dimensions.find((d) => d.id === id);
    return {
      workshopTitle: s.workshopTitle,
      opds: w.opds.map((o) => ({ id: o.id, abbreviation: o.abbreviation, name: o.name })),
      groups: w.groups.map((g) => ({ id: g.id, name: g.name, dimensionId: g.dimensionId, dimensionName: dimension(g.dimensionId)?.nameId ?? '', dimensionNameEn: dimension(g.dimensionId)?.nameEn ?? '' })),
    };
  }

  /**
   * Joins as a member of one OPD or one FGD group (exactly one: 400 otherwise, as for an unknown one).
   *
   * A phone sends its device key (random, kept in its browser storage): joining again with the same
   * key in the same sharing session gives back the same participant — same id, so the same ballots
   * (one per participant: a second replaces the first), cards, proposals and drafts — with the name,
   * OPD or group as typed now. A participant the facilitator revoked who comes back under the same
   * name is refused (403 share.revokedRejoin): "Cabut akses" holds for that person on that phone.
   * Another name on a revoked phone is another person (a colleague handed the phone) and joins as a
   * new participant, which the phone then stands for.
   *
   * What this does NOT stop: a cleared browser, a private tab, another browser or another phone is a
   * new device and so a new participant with a ballot of its own; two people taking turns on one
   * phone are one participant. It closes the accidental double vote of Keluar and rejoin; it is not an
   * identity check. The keys live in memory only, like the tokens: stopping the share forgets them.
   */
  async join(input: ShareJoinInput): Promise<ShareJoined> {
    const s = this.checkCode(input.code);
    const now = this.now();
    if ((input.opdId === undefined) === (input.groupId === undefined)) throw new AppError('invalid_input', { reason: 'share.joinNeedsOpdOrGroup', field: 'opdId' });
    const w = await this.store.read(s.workshopId, (workshop) => workshop);
    if (this.sharing !== s) throw notSharing();
    const opd = input.opdId === undefined ? undefined : w.opds.find((o) => o.id === input.opdId);
    const group = input.groupId === undefined ? undefined : w.groups.find((g) => g.id === input.groupId);
    if (input.opdId !== undefined && !opd) throw new AppError('invalid_input', { reason: 'share.opdUnknown', field: 'opdId' });
    if (input.groupId !== undefined && !group) throw new AppError('invalid_input', { reason: 'share.groupUnknown', field: 'groupId' });
    const deviceHash = input.deviceKey === undefined ? null : hashToken(input.deviceKey);
    const onDevice = deviceHash === null ? undefined : s.participants.get(s.byDeviceHash.get(deviceHash) ?? '');
    if (onDevice?.revoked && sameName(onDevice.name, input.name)) throw new AppError('forbidden', { reason: 'share.revokedRejoin' });
    const known = onDevice?.revoked ? undefined : onDevice;
    if (!known && this.activeParticipants(s).length >= this.settings.participantCap) {
      throw new AppError('conflict', { reason: 'share.participantCap', params: { cap: this.settings.participantCap } });
    }
    const token = newParticipantToken();
    const who = { id: known?.id ?? newId(), name: input.name, joinedAt: known?.joinedAt ?? now, lastSeenAt: now, revoked: false };
    const participant: Participant = group
      ? { ...who, scope: { kind: 'group', groupId: group.id }, opdId: null, opdName: '', groupId: group.id, groupName: group.name }
      : { ...who, scope: { kind: 'opd', opdId: opd?.id ?? '' }, opdId: opd?.id ?? null, opdName: opd?.name ?? '', groupId: null, groupName: '' };
    // Back in another OPD or group: the place the old tokens and open streams stood for is gone.
    if (known && !sameScope(known.scope, participant.scope)) this.forgetAccess(s, known.id);
    s.participants.set(participant.id, participant);
    s.byTokenHash.set(hashToken(token), participant.id);
    if (deviceHash !== null) s.byDeviceHash.set(deviceHash, participant.id);
    return { token, participant: this.describe(s, participant), workshopId: s.workshopId };
  }

  /** The participant a token belongs to, or null (unknown, revoked, or sharing stopped). */
  authenticate(token: string): Participant | null {
    const s = this.sharing;
    if (!s) return null;
    const id = s.byTokenHash.get(hashToken(token));
    const participant = id === undefined ? undefined : s.participants.get(id);
    if (!participant || participant.revoked) return null;
    participant.lastSeenAt = this.now();
    return participant;
  }

  me(participant: Participant | null): ShareMe {
    const s = this.sharing;
    if (!participant || !s) return { role: 'facilitator' };
    return { role: 'participant', participant: this.describe(s, participant), workshopId: s.workshopId };
  }

  /** Registers a participant's open event stream; `end` is called when the share stops or they are revoked. */
  registerStream(participant: Participant, end: (reason: StreamEnd) => void): () => void {
    const s = this.sharing;
    if (!s) throw notSharing();
    const set = s.streams.get(participant.id) ?? new Set();
    if (set.size >= this.settings.streamsPerParticipant) {
      throw new AppError('conflict', { reason: 'share.tooManyTabs' });
    }
    set.add(end);
    s.streams.set(participant.id, set);
    return () => {
      set.delete(end);
    };
  }

  openForParticipant(participant: Participant, workshopId: string): Promise<OpenedWorkshop> {
    this.checkWorkshop(workshopId);
    return openForParticipant(this.store, participant.scope, workshopId, participant.id);
  }

  /** Who a participant's live stream speaks to: their OPD, or their group as the room stands now. */
  audienceOf(participant: Participant): { kind: 'opd'; opdId: string; key: string } | { kind: 'group'; group: GroupAudience; key: string } {
    if (participant.scope.kind === 'opd') return { kind: 'opd', opdId: participant.scope.opdId, key: `opd:${participant.scope.opdId}` };
    const group = this.sharing?.room.audience(participant.scope.groupId) ?? { groupId: participant.scope.groupId, dimensionId: null, shareAcrossGroups: false };
    return { kind: 'group', group, key: `group:${group.groupId}` };
  }

  applyForParticipant(participant: Participant, input: { workshopId: string; baseRevision: number; command: Command }): Promise<Applied> {
    this.checkWorkshop(input.workshopId);
    return applyParticipantEdit(this.store, participant, input);
  }

  /** Participants reach only the shared workshop. */
  checkWorkshop(workshopId: string): void {
    const s = this.requireSharing();
    if (workshopId !== s.workshopId) throw new AppError('forbidden', { reason: 'share.otherWorkshop', field: 'workshopId' });
  }

  /** The sharing session a join code opens, or a refusal (no share, wrong code, expired code). */
  private checkCode(code: string): Sharing {
    const s = this.sharing;
    if (!s) throw notSharing();
    if (!joinCodeMatches(code, s.code)) throw new AppError('forbidden', { reason: 'share.wrongCode', field: 'code' });
    if (this.now().getTime() >= s.codeExpiresAt.getTime()) throw new AppError('forbidden', { reason: 'share.codeExpired', field: 'code' });
    return s;
  }

  private requireSharing(): Sharing {
    if (!this.sharing) throw notSharing();
    return this.sharing;
  }

  private activeParticipants(s: Sharing): Participant[] {
    return [...s.participants.values()].filter((p) => !p.revoked);
  }

  private describe(s: Sharing, p: Participant): ShareParticipant {
    return {
      id: p.id,
      name: p.name,
      scope: p.scope,
      opdId: p.opdId,
      opdName: p.opdName,
      groupId: p.groupId,
      groupName: p.groupName,
      dimensionId: p.groupId === null ? null : (s.room.audience(p.groupId).dimensionId ?? null),
      joinedAt: p.joinedAt.toISOString(),
      lastSeenAt: p.lastSeenAt.toISOString(),
      connected: (s.streams.get(p.id)?.size ?? 0) > 0,
      revoked: p.revoked,
    };
  }

  private async qrSvg(url: string): Promise<string> {
    const known = this.qrMemo.get(url);
    if (known) return known;
    const svg = await QRCode.toString(url, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });
    this.qrMemo.set(url, svg);
    return svg;
  }
}
