import type { ReactNode } from 'react';
import type { Workshop } from '../../../shared/model';
import type { ParticipantMessageKey } from './i18n/participant-catalogue';
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

/**
 * The participant's screens, in navigation order; the first is where they land after joining.
 * To add one (Polling: `renderer/src/participant/polls/`), append its definition here; the header,
 * the bottom navigation and the routing read this list.
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
  {
    path: 'suara',
    label: 'polls.ballot.title',
    count: (w) => w.polls.filter((p) => p.status === 'open').length,
    render: (props) => <BallotScreen {...props} />,
  },
];
