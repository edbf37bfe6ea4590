import { useMemo } from 'react';
import { DATE_WORDS_ID, longDate, type DateWords } from '../../../../shared/logic/bimtek';
import { listWith, type BimtekDecisionTexts, type BimtekDecisionWords } from '../../../../shared/logic/bimtek-decisions';
import type { BimtekStageId } from '../../../../shared/model';
import { useLanguage, useT, type Language } from '../../i18n/i18n-context';

/**
 * The Pelaksanaan Bimtek worksheet in the UI's language: the Tahap's theme, its dates and what it decided (the papers
 * stay Indonesian: shared/logic/bimtek-decisions.ts words them for the berita acara).
 */

const LOCALES: Record<Language, string> = { id: 'id-ID', en: 'en-GB' };

/** Day names from Sunday and month names from January in a language other than the workshop's own. */
const calendarWords = (locale: string): DateWords => ({
  days: Array.from({ length: 7 }, (_, i) => new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2023, 0, 1 + i)))),
  months: Array.from({ length: 12 }, (_, m) => new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2023, m, 1)))),
});

const TEXT_KINDS = [
  'readiness',
  'issues',
  'swotTows',
  'gaps',
  'keywords',
  'vision',
  'missions',
  'goals',
  'programs',
  'rpjmd',
  'innovations',
  'roadmap',
  'quickWins',
  'review',
  'plans',
  'commitment',
  'sections',
  'commitmentPlace',
  'commitmentDate',
] as const satisfies readonly (keyof BimtekDecisionTexts)[];

export interface BimtekWords {
  dates: DateWords;
  decisions: BimtekDecisionWords;
  theme(stage: BimtekStageId): string;
}

export const useBimtekWords = (): BimtekWords => {
  const t = useT();
  const { language } = useLanguage();
  return useMemo(() => {
    const dates = language === 'id' ? DATE_WORDS_ID : calendarWords(LOCALES[language]);
    const twoDecimals = new Intl.NumberFormat(LOCALES[language], { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    const texts = Object.fromEntries(TEXT_KINDS.map((kind) => [kind, t(`bimtek.decision.${kind}`)])) as BimtekDecisionTexts;
    const decisions: BimtekDecisionWords = {
      texts,
      pillar: (pillar) => t(`pillar.${pillar}`),
      dimension: (d) => (language === 'en' && d.nameEn.trim() !== '' ? d.nameEn : d.nameId),
      decimal: (value) => twoDecimals.format(value),
      list: listWith(t('bimtek.decision.and')),
      date: (iso) => longDate(iso, dates),
    };
    return { dates, decisions, theme: (stage) => t(`bimtek.theme.${stage}`) };
  }, [t, language]);
};
