import { useT, type Catalogues } from '../../i18n/i18n-context';
import { participantMessages } from '../messages';
import { participantMessagesEn } from '../messages.en';
import type { BorrowedKey } from './borrowed-keys';
import { borrowedMessages } from './borrowed-messages.generated';

/** Every key the phone app can show: its own "participant.*" strings and those it borrows (borrowed-keys.ts). */
export type ParticipantMessageKey = keyof typeof participantMessages.id | BorrowedKey;

/** The phone app's catalogue (renderer/src/participant/main.tsx hands it to the I18nProvider). */
export const PARTICIPANT_CATALOGUES: Catalogues<ParticipantMessageKey> = {
  id: { ...borrowedMessages.id, ...participantMessages.id },
  en: { ...borrowedMessages.en, ...participantMessagesEn },
};

export type ParticipantTranslate = (key: ParticipantMessageKey, values?: Record<string, string | number>) => string;

/** `useT` for the phone's own screens: a key the phone's catalogue lacks is a compile error there. */
export const useParticipantT = (): ParticipantTranslate => useT();
