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
export type Catalogue<K extends string = MessageKey> = Readonly<Record<K, string>>;
export type Catalogues<K extends string = MessageKey> = Readonly<Record<Language, Catalogue<K>>>;

/**
 * The Indonesian at hand and the English either at hand or loaded when it is first chosen: the
 * facilitator's app keeps its English in a chunk of its own (./catalogue-en.ts), off its first screen.
 */
export interface LoadableCatalogues<K extends string = MessageKey> {
  id: Catalogue<K>;
  en: Catalogue<K> | (() => Promise<Catalogue<K>>);
}

const STORAGE_KEY = 'masterplan.language';

export type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;

/**
 * Fills `{name}` placeholders and `{count, plural, one {# issue} other {# issues}}` choices (./message-format.ts);
 * a missing value leaves the placeholder visible rather than hiding text. The language picks the plural
 * form: English's unless told (only English messages have plural choices).
 */
export const interpolate = (template: string, values?: Record<string, string | number>, language: Language = 'en'): string => formatMessage(template, values, language);

/** The language chosen last time in this browser (Indonesian unless English was). */
export const readStoredLanguage = (): Language => {
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

export const I18nProvider = ({ catalogues, children }: { catalogues: LoadableCatalogues<string>; children: ReactNode }) => {
  const [english, setEnglish] = useState<Catalogue<string> | null>(() => (typeof catalogues.en === 'function' ? null : catalogues.en));
  const [chosen, setChosen] = useState<Language>(readStoredLanguage);
  // English chosen before its strings have arrived reads as Indonesian until they have (the boot
  // loads them first when English was chosen last time, so this is the moment of a switch).
  const language: Language = chosen === 'en' && english === null ? 'id' : chosen;
  useEffect(() => {
    if (chosen !== 'en' || english !== null || typeof catalogues.en !== 'function') return;
    let live = true;
    catalogues.en().then(
      (loaded) => live && setEnglish(loaded),
      // Its chunk did not arrive (a dropped connection in a browser): the screens stay in Indonesian and
      // the switch shows Indonesian as chosen, so pressing EN again tries once more.
      () => live && setChosen('id'),
    );
    return () => {
      live = false;
    };
  }, [catalogues, chosen, english]);
  const setLanguage = useCallback((next: Language) => {
    setChosen(next);
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
    const loaded: Catalogues<string> = { id: catalogues.id, en: english ?? catalogues.id };
    return { language, setLanguage, t: (key, values) => interpolate(lookup(loaded, language, key), values, language) };
  }, [catalogues, english, language, setLanguage]);
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
