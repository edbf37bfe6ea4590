import { defineMessages } from '../../i18n/define-messages';

/** Strings of the issues worksheet (keys start with "issues."). */
export const issuesMessages = defineMessages({}, {});
