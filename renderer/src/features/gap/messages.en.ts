import { englishFor } from '../../i18n/define-messages';
import type { gapMessages } from './messages';

/** The English of ./messages.ts, in its own module so the app loads it only when English is chosen. */
export const gapMessagesEn = englishFor<typeof gapMessages>({
  'gap.formLegend': 'Gap analysis per dimension',
  'gap.groupRows.title': 'Gap rows from groups ({count})',
  'gap.groupRows.label': '{dimension} gap row {number}',
  'gap.intro':
    'For each dimension, write the current condition, the target condition (from the regional vision or national targets such as RPJMN and SPBE), and the gap between them. Text saves itself when you pause typing.',
  'gap.progress': '{done} of {total} dimensions have a current and a target condition.',
  'gap.dimension.complete': 'Complete',
  'gap.dimension.incomplete': 'Incomplete',
  'gap.field.current': 'Current condition',
  'gap.field.currentHint': 'What already exists and runs, with evidence.',
  'gap.field.target': 'Target condition',
  'gap.field.targetHint': 'Where the region should be at the end of the plan, per the vision or national targets.',
  'gap.field.gap': 'Gap',
  'gap.field.gapHint': 'What is missing to reach the target condition.',
  'gap.orphans.title': 'Analyses for dimensions that no longer exist',
  'gap.orphans.lead': 'These dimensions were removed from this workshop’s dimension set. Their text is kept and shown here so it can be copied.',
});
