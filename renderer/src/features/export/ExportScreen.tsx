import { useEffect, useMemo, useRef, useState } from 'react';
import { buildMasterplanDocument } from '../../../../shared/document';
import { draftByDefault } from '../../../../shared/logic/masterplan-draft';
import { useT } from '../../i18n/i18n-context';
import { useWorkshop } from '../../session/session-context';
import { ChapterJumpList } from './ChapterJumpList';
import { DocumentPreview, type JumpRequest } from './DocumentPreview';
import { ExportOptions } from './ExportOptions';
import { ExportPanel } from './ExportPanel';
import { DocumentIndexContext, type DocumentIndex } from './PreviewBlocks';
import { captionsOf, contentsOf, previewParts } from './preview-parts';
import './export.css';

/** "Pratinjau & Ekspor": the masterplan as the Word file will have it, its settings, and the export. */
export const ExportScreen = ({ focusOnOpen }: { focusOnOpen: boolean }) => {
  const t = useT();
  const workshop = useWorkshop();
  const heading = useRef<HTMLHeadingElement>(null);
  const [chosenOpd, setOpdId] = useState<string | null>(null);
  const [jump, setJump] = useState<JumpRequest | null>(null);
  // An OPD removed meanwhile falls back to the whole document.
  const opdId = chosenOpd !== null && workshop.opds.some((o) => o.id === chosenOpd) ? chosenOpd : null;
  const draft = draftByDefault(workshop);

  const doc = useMemo(() => buildMasterplanDocument(workshop, { draft, ...(opdId ? { opdId } : {}) }), [workshop, draft, opdId]);
  const parts = useMemo(() => previewParts(doc), [doc]);
  const index = useMemo<DocumentIndex>(() => ({ doc, contents: contentsOf(parts), tables: captionsOf(parts, 'table'), figures: captionsOf(parts, 'figure') }), [doc, parts]);
  const opd = workshop.opds.find((o) => o.id === opdId);

  useEffect(() => {
    document.title = `${t('export.title')} · ${workshop.title} · ${t('app.name')}`;
  }, [t, workshop.title]);

  useEffect(() => {
    if (focusOnOpen) heading.current?.focus();
  }, [focusOnOpen]);

  return (
    <article className="worksheet export-page" aria-labelledby="export-heading">
      <header className="worksheet-header">
        <p className="worksheet-stage">{t('export.kicker')}</p>
        <h1 id="export-heading" className="page-title" ref={heading} tabIndex={-1}>
          {t('export.title')}
        </h1>
        <p className="page-lead">{t('export.lead')}</p>
      </header>
      <div className="export-top">
        <ExportOptions workshop={workshop} opdId={opdId} onOpdChange={setOpdId} />
        <ExportPanel workshop={workshop} paperSize={workshop.exportSettings.paperSize} opdId={opdId} />
      </div>
      <div className="export-reader">
        <ChapterJumpList parts={parts} onJump={(partId) => setJump((previous) => ({ partId, seq: (previous?.seq ?? 0) + 1 }))} />
        <section className="export-document" aria-labelledby="export-preview-title">
          <div className="export-document-bar">
            <h2 id="export-preview-title">{t('export.preview')}</h2>
            <span className="chip">{t('export.preview.paper', { paper: workshop.exportSettings.paperSize })}</span>
            {opd ? <span className="chip chip-accent">{t('export.preview.opd', { opd: opd.abbreviation || opd.name })}</span> : null}
            {doc.meta.draft ? <span className="chip chip-amber">{doc.meta.draftMark}</span> : null}
          </div>
          <DocumentIndexContext.Provider value={index}>
            <DocumentPreview doc={doc} parts={parts} jump={jump} />
          </DocumentIndexContext.Provider>
        </section>
      </div>
    </article>
  );
};
