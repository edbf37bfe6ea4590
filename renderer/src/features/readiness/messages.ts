import { defineMessages } from '../../i18n/define-messages';

/** Strings of the readiness worksheet (keys start with "readiness."). */
export const readinessMessages = defineMessages({}, {});
