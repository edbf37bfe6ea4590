import { defineMessages } from '../../i18n/define-messages';

/** Strings of the roadmap worksheet (keys start with "roadmap."). */
export const roadmapMessages = defineMessages({}, {});
