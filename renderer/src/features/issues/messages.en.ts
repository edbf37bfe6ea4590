import { englishFor } from '../../i18n/define-messages';
import type { issuesMessages } from './messages';

/** The English of ./messages.ts, in its own module so the app loads it only when English is chosen. */
export const issuesMessagesEn = englishFor<typeof issuesMessages>({
  'issues.dimensions': 'Dimension',
  'issues.tabCount': '{count, plural, one {# issue} other {# issues}}',
  'issues.panelTitle': 'Regional issues · {dimension}',
  'issues.panelLead': 'Record the problems and potentials the room agreed on. Link them to an RPJMD strategic issue where there is one.',
  'issues.word.permasalahan': 'problem',
  'issues.word.potensi': 'potential',
  'issues.column.permasalahan.lead': 'What holds the region back and needs solving.',
  'issues.column.potensi.lead': 'Assets and opportunities the region can build on.',
  'issues.column.empty.permasalahan': 'No problems for this dimension yet.',
  'issues.column.empty.potensi': 'No potentials for this dimension yet.',
  'issues.item.text': 'Description of {kind} {number}',
  'issues.item.rpjmd': 'RPJMD strategic issue for {kind} {number}',
  'issues.item.rpjmdTag': 'RPJMD',
  'issues.item.rpjmdPlaceholder': 'RPJMD strategic issue (optional)',
  'issues.item.delete': 'Delete {kind} {number}',
  'issues.add.text.permasalahan': 'New problem',
  'issues.add.text.potensi': 'New potential',
  'issues.add.hint': 'Enter adds it, Shift+Enter starts a new line.',
  'issues.add.rpjmd': 'RPJMD strategic issue (optional)',
  'issues.add.submit.permasalahan': 'Add problem',
  'issues.add.submit.potensi': 'Add potential',
  'issues.removed.permasalahan': 'Problem deleted.',
  'issues.removed.potensi': 'Potential deleted.',
  'issues.suggestions': 'RPJMD strategic issues already used',
  'issues.removeDialog.title': 'Delete this {kind}?',
  'issues.removeDialog.description': '"{text}" is referred to by {count, plural, one {the program below. If you delete it, it stays} other {the # programs below. If you delete it, they stay}} without the link to this issue. Undo brings everything back.',
  'issues.removeDialog.confirm': 'Delete {kind}',
});
