import { useEffect, useState } from 'react';
import { Icon } from './Icon';
import { renderMermaidSvg, svgToPng } from './mermaid-render';
import './MermaidDiagram.css';

export { renderMermaidPng, renderMermaidSvg, svgToPng, type DiagramPng, type PngOptions } from './mermaid-render';

export interface MermaidMessages {
  rendering: string;
  failed: string;
  failedDetail: string;
  savePng: string;
  savingPng: string;
  savePngFailed: string;
}

/** Indonesian by default; callers pass their own (translated) words. */
const DEFAULT_MESSAGES: MermaidMessages = {
  rendering: 'Menggambar diagram…',
  failed: 'Diagram tidak dapat digambar. Datanya tetap tersimpan; lihat tabel sebagai gantinya.',
  failedDetail: 'Keterangan teknis',
  savePng: 'Simpan gambar (PNG)',
  savingPng: 'Menyiapkan gambar…',
  savePngFailed: 'Gambar PNG tidak dapat dibuat.',
};

interface Props {
  /** The mermaid source, built in shared/ (e.g. shared/document/diagrams.ts). */
  source: string;
  /** What the picture shows, for screen readers. */
  label: string;
  /** The id of the text alternative beside the picture (usually a table with the same data). */
  describedBy?: string;
  /** Offers "save as PNG" with this file name (without extension). */
  downloadName?: string;
  messages?: Partial<MermaidMessages>;
  className?: string;
}

type State = { status: 'rendering'; svg: string | null } | { status: 'ready'; svg: string } | { status: 'failed'; error: string };

const download = (bytes: Uint8Array, fileName: string) => {
  const url = URL.createObjectURL(new Blob([bytes.slice()], { type: 'image/png' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = `${fileName}.png`;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
};

/** A mermaid diagram drawn in the page (offline), with a progress state, a plain message when it fails, and an image role. */
export const MermaidDiagram = ({ source, label, describedBy, downloadName, messages, className }: Props) => {
  const words = { ...DEFAULT_MESSAGES, ...messages };
  const [state, setState] = useState<State>({ status: 'rendering', svg: null });
  const [saving, setSaving] = useState<'idle' | 'saving' | 'failed'>('idle');

  useEffect(() => {
    let current = true;
    setState((previous) => ({ status: 'rendering', svg: previous.status === 'failed' ? null : previous.svg }));
    renderMermaidSvg(source).then(
      (svg) => {
        if (current) setState({ status: 'ready', svg });
      },
      (error: unknown) => {
        if (current) setState({ status: 'failed', error: error instanceof Error ? error.message : String(error) });
      },
    );
    return () => {
      current = false;
    };
  }, [source]);

  const savePng = async () => {
    if (state.status !== 'ready' || downloadName === undefined) return;
    setSaving('saving');
    try {
      const picture = await svgToPng(state.svg);
      download(picture.png, downloadName);
      setSaving('idle');
    } catch {
      setSaving('failed');
    }
  };

  if (state.status === 'failed') {
    return (
      <div className={`mermaid-diagram mermaid-failed${className ? ` ${className}` : ''}`} role="alert">
        <div className="notice notice-warning">
          <Icon name="alert" />
          <div>
            <p>{words.failed}</p>
            <details>
              <summary>{words.failedDetail}</summary>
              <p className="mermaid-error">{state.error}</p>
            </details>
          </div>
        </div>
      </div>
    );
  }

  const svg = state.svg;
  return (
    <div className={`mermaid-diagram${className ? ` ${className}` : ''}`} aria-busy={state.status === 'rendering'}>
      {state.status === 'rendering' ? (
        <p className="mermaid-progress" role="status">
          <Icon name="spinner" className="mermaid-spinner" />
          {words.rendering}
        </p>
      ) : null}
      {svg !== null ? (
        // The markup is mermaid's own output in strict security mode, from sources whose user text is sanitised in shared/.
        <div className="mermaid-picture" role="img" aria-label={label} aria-describedby={describedBy} dangerouslySetInnerHTML={{ __html: svg }} />
      ) : null}
      {downloadName !== undefined && state.status === 'ready' ? (
        <div className="mermaid-actions">
          <button type="button" className="btn btn-secondary btn-small" onClick={() => void savePng()} disabled={saving === 'saving'}>
            <Icon name="file" />
            {saving === 'saving' ? words.savingPng : words.savePng}
          </button>
          {saving === 'failed' ? (
            <p className="field-message is-error" role="alert">
              {words.savePngFailed}
            </p>
          ) : null}
        </div>
      ) : null}
    </div>
  );
};
