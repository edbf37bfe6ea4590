import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { MessageKey } from './catalogue';
import { setErrorLanguage } from './error-wording';
import { formatMessage } from './message-format';

export type Language = 'id' | 'en';
export const LANGUAGES: readonly Language[] = ['id', 'en'];

/**
 * The strings a page's provider holds, per language. The facilitator's app passes the full catalogue
 * (./catalogue.ts); the phone app passes only what its screens show (participant/i18n), so a phone
 * does not download every worksheet's strings.
 */
export type Catalogues<K extends string = MessageKey> = Readonly<Record<Language, Readonly<Record<K, string>>>>;

const STORAGE_KEY = 'masterplan.language';

export type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;

/**
 * Fills `{name}` placeholders and `{count, plural, one {# issue} other {# issues}}` choices (./message-format.ts);
 * a missing value leaves the placeholder visible rather than hiding text. The language picks the plural
 * form: English's unless told (only English messages have plural choices).
 */
export const interpolate = (template: string, values?: Record<string, string | number>, language: Language = 'en'): string => formatMessage(template, values, language);

const readStoredLanguage = (): Language => {
  try {
    return window.localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'id';
  } catch {
    return 'id';
  }
};

interface I18nValue {
  language: Language;
  setLanguage(language: Language): void;
  t: Translate;
}

const I18nContext = createContext<I18nValue | null>(null);

/**
 * A key missing from the page's catalogue (a component the phone app renders using a key its
 * catalogue lacks) shows the Indonesian text if that is loaded, else the key itself: never a crash.
 */
export const lookup = (catalogues: Catalogues<string>, language: Language, key: string): string =>
  catalogues[language][key] ?? catalogues.id[key] ?? key;

export const I18nProvider = ({ catalogues, children }: { catalogues: Catalogues<string>; children: ReactNode }) => {
  const [language, setLanguageState] = useState<Language>(readStoredLanguage);
  const setLanguage = useCallback((next: Language) => {
    setLanguageState(next);
    try {
      window.localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Private mode or storage full: the choice lasts for this session only.
    }
  }, []);
  setErrorLanguage(language);
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
  const value = useMemo<I18nValue>(() => {
    return { language, setLanguage, t: (key, values) => interpolate(lookup(catalogues, language, key), values, language) };
  }, [catalogues, language, setLanguage]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
};

const useI18n = (): I18nValue => {
  const value = useContext(I18nContext);
  if (!value) throw new Error('I18nProvider is missing');
  return value;
};

export const useT = (): Translate => useI18n().t;
export const useLanguage = (): Pick<I18nValue, 'language' | 'setLanguage'> => {
  const { language, setLanguage } = useI18n();
  return { language, setLanguage };
};
