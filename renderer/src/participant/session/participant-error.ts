import { isApiError, messageOf } from '../../api/api-error';
import type { ParticipantTranslate } from '../i18n/participant-catalogue';

/**
 * An error as a participant's phone words it. The phone not reaching the room is the facilitator app's
 * "Pastikan server masih berjalan" there, which a participant cannot act on (they have no server): the
 * phone says what they can check, the room's Wi-Fi and that the facilitator is still sharing.
 */
export const participantMessageOf = (error: unknown, t: ParticipantTranslate): string =>
  isApiError(error) && error.code === 'network' ? t('participant.network') : messageOf(error);
