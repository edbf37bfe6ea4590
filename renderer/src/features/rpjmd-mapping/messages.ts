import { defineMessages } from '../../i18n/define-messages';

/** Strings of the rpjmd-mapping worksheet (keys start with "rpjmd-mapping."). */
export const rpjmdMappingMessages = defineMessages({}, {});
