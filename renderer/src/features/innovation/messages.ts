import { defineMessages } from '../../i18n/define-messages';

/** Strings of the innovation worksheet (keys start with "innovation."). */
export const innovationMessages = defineMessages({}, {});
