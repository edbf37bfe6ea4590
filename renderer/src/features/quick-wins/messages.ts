import { defineMessages } from '../../i18n/define-messages';

/** Strings of the quick-wins worksheet (keys start with "quick-wins."). */
export const quickWinsMessages = defineMessages({}, {});
