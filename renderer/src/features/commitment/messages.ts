import { defineMessages } from '../../i18n/define-messages';

/** Strings of the commitment worksheet (keys start with "commitment."). */
export const commitmentMessages = defineMessages({}, {});
