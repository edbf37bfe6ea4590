import { englishFor } from '../../i18n/define-messages';
import type { innovationMessages } from './messages';

/** The English of ./messages.ts, in its own module so the app loads it only when English is chosen. */
export const innovationMessagesEn = englishFor<typeof innovationMessages>({
  'innovation.lead': 'For each program: the kind of innovation (ICT-based or not) and a short description of what is new. Changes are saved at once.',
  'innovation.onlyMissing': 'Only programs whose innovation is incomplete',
  'innovation.dimensionCount': '{count, plural, one {# program} other {# programs}}',
  'innovation.dimensionMissing': '{count} incomplete',
  'innovation.noPrograms': 'No programs in this dimension yet.',
  'innovation.allComplete': 'Every program in this dimension has a kind and a description of its innovation.',
  'innovation.emptyStart': 'No programs yet. Add programs in the Program Matrix worksheet first.',
  'innovation.typeOf': 'Kind of innovation {code}',
  'innovation.descriptionOf': 'Innovation description {code}',
  'innovation.descriptionPlaceholder': 'What is new: an application, a rule, a way of working, or a citizen movement',
  'innovation.showAll': 'Show {remaining, plural, one {# more program} other {# more programs}}',
  'innovation.program': 'Program',
});
