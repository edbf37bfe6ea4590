import { useLanguage, useT, type Language } from '../i18n/i18n-context';

const OPTIONS: { value: Language; short: string; name: string }[] = [
  { value: 'id', short: 'ID', name: 'Bahasa Indonesia' },
  { value: 'en', short: 'EN', name: 'English' },
];

/** Two pressed/unpressed buttons; each language is named in itself, so anyone can find theirs. */
export const LanguageSwitch = () => {
  const t = useT();
  const { language, setLanguage } = useLanguage();
  return (
    <div className="segmented" role="group" aria-label={t('topbar.language')}>
      {OPTIONS.map((option) => (
        <button
          key={option.value}
          type="button"
          lang={option.value}
          className="segmented-option"
          aria-pressed={language === option.value}
          aria-label={`${option.name} (${option.short})`}
          title={option.name}
          onClick={() => setLanguage(option.value)}
        >
          {option.short}
        </button>
      ))}
    </div>
  );
};
