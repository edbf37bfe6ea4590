import { createContext, useContext } from 'react';
import type { Block, CoverBlock, FigureBlock, HeadingBlock, ImageData, MasterplanDocument, SignatureBlock } from '../../../../shared/document';
import { MermaidDiagram } from '../../components/MermaidDiagram';
import { useT } from '../../i18n/i18n-context';
import { List, Paragraph } from './PreviewInline';
import { PreviewTable } from './PreviewTable';

/** What the table of contents and the lists of tables and figures show. */
export interface DocumentIndex {
  doc: MasterplanDocument;
  contents: Array<{ id: string; number: string | null; title: string; level: number }>;
  tables: string[];
  figures: string[];
}

export const DocumentIndexContext = createContext<DocumentIndex | null>(null);

const useDocumentIndex = (): DocumentIndex => {
  const index = useContext(DocumentIndexContext);
  if (!index) throw new Error('DocumentIndexContext is missing');
  return index;
};

const imageUrl = (image: ImageData): string => `data:image/${{ jpg: 'jpeg', png: 'png', svg: 'svg+xml' }[image.format]};base64,${image.base64}`;

const Heading = ({ block }: { block: HeadingBlock }) => {
  const level = Math.min(6, block.level + 1) as 2 | 3 | 4 | 5 | 6;
  const Tag = `h${level}` as const;
  if (block.level === 1) {
    return (
      <Tag className="doc-h doc-h1" tabIndex={-1}>
        {block.number ? <span className="doc-h1-number">{block.number}</span> : null}
        <span className="doc-h1-title">{block.text}</span>
      </Tag>
    );
  }
  return (
    <Tag className={`doc-h doc-h${block.level}`}>
      {block.number ? <span className="doc-h-number">{block.number}</span> : null}
      {block.text}
    </Tag>
  );
};

const Figure = ({ block }: { block: FigureBlock }) => {
  const t = useT();
  const { doc } = useDocumentIndex();
  const spec = block.diagramId ? doc.diagrams.find((d) => d.id === block.diagramId) : undefined;
  const caption = `${block.caption.label} ${block.caption.number} ${block.caption.title}`;
  return (
    <figure className="doc-figure">
      {spec ? (
        <MermaidDiagram source={spec.source} label={caption} className="doc-diagram" />
      ) : block.image ? (
        <img className="doc-image" src={imageUrl(block.image)} alt={caption} width={block.image.widthPx} height={block.image.heightPx} />
      ) : (
        <p className="doc-p doc-placeholder">{t('export.figure.missing')}</p>
      )}
      <figcaption className="doc-caption">
        <strong>
          {block.caption.label} {block.caption.number}
        </strong>{' '}
        {block.caption.title}
      </figcaption>
    </figure>
  );
};

const Cover = ({ block }: { block: CoverBlock }) => (
  <div className="doc-cover">
    {block.draftMark ? <p className="doc-cover-draft">{block.draftMark}</p> : null}
    {block.logo ? <img className="doc-cover-logo" src={imageUrl(block.logo)} alt="" /> : <div className="doc-cover-logo is-empty" aria-hidden="true" />}
    <h2 className="doc-cover-title">{block.title}</h2>
    <p className="doc-cover-region">{block.regionLine}</p>
    {block.provinceLine ? <p className="doc-cover-province">{block.provinceLine}</p> : null}
    <p className="doc-cover-period">{block.periodLine}</p>
    <p className="doc-cover-subtitle">{block.subtitle}</p>
    <div className="doc-cover-issuer">
      <p>{block.issuer}</p>
      <p>{block.year}</p>
    </div>
  </div>
);

const Signatures = ({ block }: { block: SignatureBlock }) => (
  <div className="doc-signatures">
    <p className="doc-p align-right">{block.placeAndDate}</p>
    <div className="doc-signers">
      {block.signers.map((s, i) => (
        <div key={i} className="doc-signer">
          <p>{s.role}</p>
          <p className="doc-signer-name">{s.name}</p>
        </div>
      ))}
    </div>
  </div>
);

const Contents = ({ title }: { title: string }) => {
  const t = useT();
  const { contents } = useDocumentIndex();
  return (
    <div className="doc-list-page">
      <h2 className="doc-h doc-h1">
        <span className="doc-h1-title">{title}</span>
      </h2>
      <ol className="doc-contents">
        {contents.map((entry, i) => (
          <li key={i} className={`doc-contents-level-${entry.level}`}>
            {entry.number ? <span className="doc-contents-number">{entry.number}</span> : null}
            <span className="doc-contents-title">{entry.title}</span>
            <span className="doc-contents-leader" aria-hidden="true" />
            <span className="doc-contents-page" title={t('export.toc.page')} aria-hidden="true">
              …
            </span>
          </li>
        ))}
      </ol>
    </div>
  );
};

const Captions = ({ title, captions }: { title: string; captions: string[] }) => (
  <div className="doc-list-page">
    <h2 className="doc-h doc-h1">
      <span className="doc-h1-title">{title}</span>
    </h2>
    <ol className="doc-contents">
      {captions.map((caption, i) => (
        <li key={i} className="doc-contents-level-2">
          <span className="doc-contents-title">{caption}</span>
        </li>
      ))}
    </ol>
  </div>
);

export const PreviewBlock = ({ block }: { block: Block }) => {
  const index = useDocumentIndex();
  switch (block.kind) {
    case 'heading':
      return <Heading block={block} />;
    case 'paragraph':
      return <Paragraph block={block} />;
    case 'list':
      return <List block={block} />;
    case 'table':
      return <PreviewTable block={block} />;
    case 'figure':
      return <Figure block={block} />;
    case 'cover':
      return <Cover block={block} />;
    case 'signatures':
      return <Signatures block={block} />;
    case 'toc':
      return <Contents title={block.title} />;
    case 'listOfTables':
      return <Captions title={block.title} captions={index.tables} />;
    case 'listOfFigures':
      return <Captions title={block.title} captions={index.figures} />;
    case 'pageBreak':
      return null;
  }
};
