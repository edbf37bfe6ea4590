import { useMemo, useRef, type FormEvent } from 'react';
import { KEYWORD_MAX_LENGTH, MAX_KEYWORDS, checkNewKeyword, suggestKeywordsForWorkshop } from '../../../../shared/logic/vision-keywords';
import type { Workshop } from '../../../../shared/model';
import { Icon } from '../../components/Icon';
import { NewTextField } from '../../forms/NewTextField';
import { useNewText } from '../../forms/use-new-text';
import { useT } from '../../i18n/i18n-context';
import { useVisionCommands } from './use-vision-commands';

const SUGGESTION_COUNT = 16;

/** Kata kunci visi: chips the room agrees on, with suggestions ranked from what Tahap I wrote down. */
export const VisionKeywordsCard = ({ workshop }: { workshop: Workshop }) => {
  const t = useT();
  const { addKeyword, removeKeyword } = useVisionCommands();
  const keywords = workshop.vision.keywords;
  const newKeyword = useNewText();
  const input = useRef<HTMLInputElement>(null);
  const suggestions = useMemo(() => suggestKeywordsForWorkshop(workshop, SUGGESTION_COUNT), [workshop]);

  const add = (typed: string): boolean => {
    const checked = checkNewKeyword(typed, keywords);
    if (!checked.ok) {
      newKeyword.setMessage(t(`vision.keywords.error.${checked.reason}`, { keyword: typed.trim(), max: checked.reason === 'too-long' ? KEYWORD_MAX_LENGTH : MAX_KEYWORDS }));
      return false;
    }
    const outcome = addKeyword(checked.keyword);
    newKeyword.setMessage(outcome.ok ? null : outcome.message);
    return outcome.ok;
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (add(newKeyword.text)) newKeyword.clear();
  };

  return (
    <section className="card form-card" aria-labelledby="vision-keywords-heading">
      <h2 id="vision-keywords-heading" className="card-title">
        {t('vision.card.keywords')}
      </h2>
      <p className="card-lead">{t('vision.card.keywords.lead')}</p>
      <h3 className="block-title" id="vision-keywords-chosen">
        {t('vision.keywords.chosen')}
      </h3>
      {keywords.length === 0 ? (
        <p className="empty-note">{t('vision.keywords.none')}</p>
      ) : (
        <ul className="keyword-chips" aria-labelledby="vision-keywords-chosen">
          {keywords.map((keyword) => (
            <li key={keyword} className="keyword-chip">
              <span>{keyword}</span>
              <button
                type="button"
                className="keyword-chip-remove"
                aria-label={t('vision.keywords.remove', { keyword })}
                title={t('vision.keywords.remove', { keyword })}
                onClick={() => {
                  removeKeyword(keyword);
                  // The chip and its button are gone: keep the keyboard user in the card.
                  input.current?.focus();
                }}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <form className="keyword-add" onSubmit={submit} noValidate>
        <NewTextField label={t('vision.keywords.new')} entry={newKeyword} maxLength={120} inputRef={input} />
        <button type="submit" className="btn btn-secondary keyword-add-submit">
          <Icon name="plus" />
          {t('vision.keywords.add')}
        </button>
      </form>
      <h3 className="block-title" id="vision-keywords-suggested">
        {t('vision.keywords.suggested')}
      </h3>
      {suggestions.length === 0 ? (
        <p className="empty-note">{t('vision.keywords.noSuggestions')}</p>
      ) : (
        <>
          <p className="field-hint">{t('vision.keywords.suggestedHint')}</p>
          <ul className="keyword-suggestions" aria-labelledby="vision-keywords-suggested">
            {suggestions.map((s) => (
              <li key={s.keyword}>
                <button type="button" className="keyword-suggestion" aria-label={t('vision.keywords.suggestion', { keyword: s.keyword, count: s.count })} onClick={() => add(s.keyword)}>
                  <Icon name="plus" />
                  <span>{s.keyword}</span>
                  <span className="keyword-count" aria-hidden="true">
                    {s.count}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
};
