import { defineMessages } from '../../i18n/define-messages';

/** Strings of the facilitator worksheet (keys start with "facilitator."). */
export const facilitatorMessages = defineMessages({}, {});
