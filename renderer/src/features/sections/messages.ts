import { defineMessages } from '../../i18n/define-messages';

/** Strings of the sections worksheet (keys start with "sections."). */
export const sectionsMessages = defineMessages({}, {});
