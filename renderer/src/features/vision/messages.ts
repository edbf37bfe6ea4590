import { defineMessages } from '../../i18n/define-messages';

/** Strings of the vision worksheet (keys start with "vision."). */
export const visionMessages = defineMessages({}, {});
