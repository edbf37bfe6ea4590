import { useT } from '../../i18n/i18n-context';
import type { PreviewPart } from './preview-parts';

/** Every part of the document as a button: the preview scrolls to it and moves the focus there. */
export const ChapterJumpList = ({ parts, onJump }: { parts: readonly PreviewPart[]; onJump(partId: string): void }) => {
  const t = useT();
  return (
    <nav className="export-jump" aria-label={t('export.jump')}>
      <h2 className="export-jump-title">{t('export.jump')}</h2>
      <ol>
        {parts.map((part) => (
          <li key={part.id}>
            <button type="button" className={`export-jump-link${part.number?.startsWith('BAB') ? ' is-chapter' : ''}`} onClick={() => onJump(part.id)}>
              {part.number ? <span className="export-jump-number">{part.number}</span> : null}
              <span className="export-jump-text">{part.title}</span>
            </button>
          </li>
        ))}
      </ol>
    </nav>
  );
};
