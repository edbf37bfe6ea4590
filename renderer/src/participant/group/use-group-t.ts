import { useCallback } from 'react';
import { interpolate, useLanguage } from '../../i18n/i18n-context';
import { useParticipantT, type ParticipantMessageKey } from '../i18n/participant-catalogue';
import { groupMessages, type GroupMessageKey } from './messages';
import { groupMessagesEn } from './messages.en';

/** A group member's strings in both languages (the phone loads them with the group's screens). */
const GROUP_MESSAGES = { id: groupMessages.id, en: groupMessagesEn };

export type GroupTranslate = (key: GroupMessageKey | ParticipantMessageKey, values?: Record<string, string | number>) => string;

const isGroupKey = (key: string): key is GroupMessageKey => Object.hasOwn(groupMessages.id, key);

/** `t` for a group member's screens: their own strings (./messages.ts, loaded with them), else the phone's catalogue. */
export const useGroupT = (): GroupTranslate => {
  const t = useParticipantT();
  const { language } = useLanguage();
  return useCallback(
    (key, values) => (isGroupKey(key) ? interpolate(GROUP_MESSAGES[language][key] || groupMessages.id[key], values, language) : t(key, values)),
    [t, language],
  );
};
