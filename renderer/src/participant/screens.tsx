import { lazy, Suspense, type ReactNode } from 'react';
import type { ShareParticipant } from '../../../shared/contract';
import type { Workshop } from '../../../shared/model';
import type { ParticipantMessageKey } from './i18n/participant-catalogue';
import { useParticipantT } from './i18n/participant-catalogue';
import type { ParticipantSession } from './session/participant-session';
import { BallotScreen } from './polls/BallotScreen';
import { MyPrograms } from './programs/MyPrograms';
import { MySections } from './sections/MySections';

export interface ScreenProps {
  /** The item opened on this screen (`#/<path>/<item>`), if any. */
  item: string | null;
  joined: ParticipantSession;
  workshop: Workshop;
  readOnly: boolean;
}

/** One entry of the participant's bottom navigation. */
export interface ParticipantScreenDef {
  /** The URL segment: `#/<path>`. */
  path: string;
  label: ParticipantMessageKey;
  /** A count shown beside the label (items waiting, open ballots…), or null. */
  count(workshop: Workshop): number | null;
  render(props: ScreenProps): ReactNode;
}

const BALLOTS: ParticipantScreenDef = {
  path: 'suara',
  label: 'polls.ballot.title',
  count: (w) => w.polls.filter((p) => p.status === 'open').length,
  render: (props) => <BallotScreen {...props} />,
};

/**
 * An OPD member's screens, in navigation order; the first is where they land after joining.
 * To add one, append its definition here; the header, the bottom navigation and the routing read this list.
 */
export const PARTICIPANT_SCREENS: readonly ParticipantScreenDef[] = [
  {
    path: 'naskah',
    label: 'participant.screen.sections',
    count: (w) => w.sections.length,
    render: (props) => <MySections {...props} />,
  },
  {
    path: 'program',
    label: 'participant.screen.programs',
    count: (w) => w.programs.length,
    render: (props) => <MyPrograms {...props} />,
  },
  BALLOTS,
];

/* An FGD group member's worksheets (issue 12) are a chunk of their own: an OPD member never loads them. */
const loadGroup = () => import('./group/group-screens');
const IssuesScreen = lazy(() => loadGroup().then((m) => ({ default: m.IssuesScreen })));
const SwotScreen = lazy(() => loadGroup().then((m) => ({ default: m.SwotScreen })));
const GapScreen = lazy(() => loadGroup().then((m) => ({ default: m.GapScreen })));
const ProposalsScreen = lazy(() => loadGroup().then((m) => ({ default: m.ProposalsScreen })));

const Loading = () => {
  const t = useParticipantT();
  return (
    <p className="loading" role="status">
      {t('workshop.loading')}
    </p>
  );
};

const lazyScreen = (Screen: (props: ScreenProps) => ReactNode) => (props: ScreenProps) => (
  <Suspense fallback={<Loading />}>
    <Screen {...props} />
  </Suspense>
);

/** The cards of a dimension, less those the facilitator hid (the group still sees its own, set aside). */
const inDimension = (dimensionId: string | null, cards: readonly { dimensionId: string; hidden?: boolean | undefined }[]): number =>
  cards.filter((c) => c.dimensionId === dimensionId && c.hidden !== true).length;

/** A group member's screens: their dimension's issues, SWOT and gap cards, their proposals, and the polls. */
const groupScreens = (dimensionId: string | null, groupId: string | null): readonly ParticipantScreenDef[] => [
  { path: 'isu', label: 'participant.screen.issues', count: (w) => inDimension(dimensionId, w.issues), render: lazyScreen(IssuesScreen) },
  { path: 'swot', label: 'participant.screen.swot', count: (w) => inDimension(dimensionId, w.swotItems), render: lazyScreen(SwotScreen) },
  { path: 'kesenjangan', label: 'participant.screen.gap', count: (w) => inDimension(dimensionId, w.gapAnalyses), render: lazyScreen(GapScreen) },
  { path: 'usulan', label: 'participant.screen.proposals', count: (w) => w.proposals.filter((p) => p.groupId === groupId).length, render: lazyScreen(ProposalsScreen) },
  BALLOTS,
];

/** The screens of this participant: an OPD's sections and programs, or a group's worksheets; the polls for both. */
export const screensFor = (participant: ShareParticipant): readonly ParticipantScreenDef[] =>
  participant.scope.kind === 'group' ? groupScreens(participant.dimensionId, participant.groupId) : PARTICIPANT_SCREENS;
