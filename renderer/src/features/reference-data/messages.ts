import { defineMessages } from '../../i18n/define-messages';

/** Strings of the reference-data worksheet (keys start with "reference-data."). */
export const referenceDataMessages = defineMessages({}, {});
