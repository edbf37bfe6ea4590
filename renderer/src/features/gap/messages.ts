import { defineMessages } from '../../i18n/define-messages';

/** Strings of the gap worksheet (keys start with "gap."). */
export const gapMessages = defineMessages({}, {});
