import { englishFor } from '../../i18n/define-messages';
import type { facilitatorMessages } from './messages';

/** The English of ./messages.ts, in its own module so the app loads it only when English is chosen. */
export const facilitatorMessagesEn = englishFor<typeof facilitatorMessages>({
  'facilitator.timer.group': 'Timer for {worksheet}',
  'facilitator.timer.left': 'Time left',
  'facilitator.timer.overBy': 'Time is up, over by',
  'facilitator.timer.start': 'Start timer',
  'facilitator.timer.resume': 'Resume timer',
  'facilitator.timer.pause': 'Pause timer',
  'facilitator.timer.reset': 'Reset timer',
  'facilitator.timer.setLength': 'Change session length ({minutes, plural, one {# minute} other {# minutes}})',
  'facilitator.timer.ended': 'Time for {worksheet} is up.',
  'facilitator.duration.title': 'Session length for {worksheet}',
  'facilitator.duration.description': 'How long this worksheet takes in this workshop. Time already used still counts.',
  'facilitator.duration.minutes': 'Length (minutes)',
  'facilitator.duration.hint': '1 to 240 minutes',
  'facilitator.duration.notANumber': 'The length must be a number (minutes)',
  'facilitator.duration.default': 'Default ({minutes, plural, one {# minute} other {# minutes}})',
  'facilitator.present.start': 'Present',
  'facilitator.present.hint': 'Show only this worksheet in large type for the projector (Esc to come back)',
  'facilitator.present.stop': 'Leave presentation',
  'facilitator.present.stopHint': 'Back to the working view (Esc)',
  'facilitator.progress.open': 'Show progress',
  'facilitator.progress.title': 'Workshop progress',
  'facilitator.progress.description': '{percent}% · {done} of {total} items done. Pick a worksheet to complete it.',
  'facilitator.progress.close': 'Close',
  'facilitator.progress.stageDone': 'Complete',
  'facilitator.progress.sheetDone': 'Complete',
  'facilitator.progress.count': '{done}/{total}',
  'facilitator.progress.missingOf': 'Still missing in {worksheet}',
  'facilitator.progress.warning': 'Note',
});
