import { defineMessages } from '../../i18n/define-messages';

/** Strings of the programs worksheet (keys start with "programs."). */
export const programsMessages = defineMessages({}, {});
