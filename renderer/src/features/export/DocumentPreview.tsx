import { useEffect, useRef, useState } from 'react';
import type { MasterplanDocument } from '../../../../shared/document';
import { useT } from '../../i18n/i18n-context';
import { PreviewBlock } from './PreviewBlocks';
import type { PreviewPart } from './preview-parts';

/** Parts drawn straight away; the others when they come near the visible area. */
const EAGER_PARTS = 3;

export interface JumpRequest {
  partId: string;
  /** Changes on every request, so jumping to the same part twice works. */
  seq: number;
}

const Sheet = ({ part, eager, forced, doc }: { part: PreviewPart; eager: boolean; forced: boolean; doc: MasterplanDocument }) => {
  const t = useT();
  const ref = useRef<HTMLElement>(null);
  const [near, setNear] = useState(eager);
  const shown = near || forced;

  useEffect(() => {
    const element = ref.current;
    if (shown || !element || typeof IntersectionObserver === 'undefined') {
      if (!shown && typeof IntersectionObserver === 'undefined') setNear(true);
      return;
    }
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) {
          setNear(true);
          observer.disconnect();
        }
      },
      { root: element.closest('.worksheet-main'), rootMargin: '1200px 0px' },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [shown]);

  const label = [part.number, part.title].filter(Boolean).join(' ');
  return (
    <section id={part.id} ref={ref} className="doc-sheet" aria-label={label} tabIndex={-1} style={shown ? undefined : { minHeight: `${part.estimatedRem}rem` }}>
      {part.running ? (
        <header className="doc-running" aria-hidden="true">
          <span>{doc.meta.runningTitle}</span>
          {doc.meta.draft ? <span className="doc-running-draft">{doc.meta.draftMark}</span> : null}
        </header>
      ) : null}
      {shown ? (
        part.blocks.map(({ block, orientation: o }, i) => {
          const turns = o !== (part.blocks[i - 1]?.orientation ?? 'portrait');
          return (
            <div key={i} className={o === 'landscape' ? 'doc-block is-landscape' : 'doc-block'}>
              {turns && o === 'landscape' ? <p className="doc-orientation">{t('export.preview.landscape')}</p> : null}
              <PreviewBlock block={block} />
            </div>
          );
        })
      ) : (
        <p className="doc-sheet-loading">{t('export.part.loading', { title: label })}</p>
      )}
    </section>
  );
};

/** The masterplan as sheets of paper, one per chapter, drawn as the reader scrolls. */
export const DocumentPreview = ({ doc, parts, jump }: { doc: MasterplanDocument; parts: readonly PreviewPart[]; jump: JumpRequest | null }) => {
  useEffect(() => {
    if (!jump) return;
    const element = document.getElementById(jump.partId);
    element?.scrollIntoView({ block: 'start' });
    element?.focus({ preventScroll: true });
  }, [jump]);

  return (
    <div className="doc-preview">
      {parts.map((part, i) => (
        <Sheet key={part.id} part={part} eager={i < EAGER_PARTS} forced={jump?.partId === part.id} doc={doc} />
      ))}
    </div>
  );
};
