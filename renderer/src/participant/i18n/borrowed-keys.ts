import type { MessageKey } from '../../i18n/catalogue';

/**
 * The strings the phone app borrows from the shell and the worksheets (its own "participant.*" strings
 * come whole from ../messages.ts). Only these reach a phone: the full catalogue of every worksheet in
 * both languages would be a quarter of what a phone downloads before the join screen works.
 *
 * A key here that the catalogue lacks is a compile error. After editing this list (or one of these
 * strings), regenerate the texts: `npx tsx scripts/participant-catalogue.ts`; the unit test
 * test/unit/i18n/participant-catalogue.test.ts fails while they are out of date, or when a file the
 * phone loads uses a key that is neither here nor "participant.*".
 */
export const BORROWED_KEYS = [
  // Shell
  'app.name',
  'common.required',
  'common.retry',
  'toast.dismiss',
  'toast.region',
  'topbar.language',
  'workshop.loading',
  'workshop.openFailed',
  // Joining, the live connection and a stale save (share/*)
  'share.checking',
  'share.join.back',
  'share.join.chooseOpd',
  'share.join.code',
  'share.join.codeHint',
  'share.join.lead',
  'share.join.name',
  'share.join.next',
  'share.join.opd',
  'share.join.privacy',
  'share.join.submit',
  'share.join.title',
  'share.join.workshop',
  'share.live.ended',
  'share.live.reconnecting',
  'share.live.refused',
  'share.live.revoked',
  'share.live.unsaved',
  'share.participant.words',
  'share.participantBadge',
  'share.rejoin',
  'share.stale.latest',
  'share.stale.mine',
  'share.stale.title',
  'share.stale.useCombined',
  'share.stale.useLatest',
  'share.stale.useMine',
  'share.unreachable',
  // Sections: the editor's labels and the status of a section
  'sections.edit.content',
  'sections.edit.contentHint',
  'sections.edit.outline',
  'sections.edit.status',
  'sections.status.draft',
  'sections.status.review',
  'sections.status.final',
  // Programs: the fields a participant edits
  'programs.field.beneficiaries',
  'programs.field.description',
  'programs.field.impact',
  'programs.field.location',
  'programs.field.mitigation',
  'programs.field.name',
  'programs.field.outcome',
  'programs.field.output',
  'programs.field.risks',
  // Polls: the ballot (BallotInput) and revealed results (PollResultsBars)
  'polls.kind.dots',
  'polls.kind.ranking',
  'polls.kind.scale',
  'polls.kind.words',
  'polls.kind.text',
  'polls.ballot.addDot',
  'polls.ballot.addWord',
  'polls.ballot.anonymous',
  'polls.ballot.closed',
  'polls.ballot.named',
  'polls.ballot.none',
  'polls.ballot.removeDot',
  'polls.ballot.removeWord',
  'polls.ballot.resend',
  'polls.ballot.score',
  'polls.ballot.send',
  'polls.ballot.sent',
  'polls.ballot.title',
  'polls.ballot.wordPlaceholder',
  'polls.ballot.yourAnswer',
  'polls.dotsLeft',
  'polls.down',
  'polls.noBallots',
  'polls.paperMark',
  'polls.results',
  'polls.scaleCounts',
  'polls.scale.low',
  'polls.scale.high',
  'polls.scale.end',
  'polls.unit.dots',
  'polls.unit.points',
  'polls.unit.scale',
  'polls.unit.words',
  'polls.up',
  'polls.wordsLeft',
] as const satisfies readonly MessageKey[];

export type BorrowedKey = (typeof BORROWED_KEYS)[number];
