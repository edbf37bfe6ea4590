import { defineMessages } from '../../i18n/define-messages';

/** Strings of the swot worksheet (keys start with "swot."). */
export const swotMessages = defineMessages({}, {});
