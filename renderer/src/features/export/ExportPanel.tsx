import { useState } from 'react';
import type { ExportSettings, Workshop } from '../../../../shared/model';
import { useBridge } from '../../api/api-context';
import { messageOf } from '../../api/api-error';
import { Icon } from '../../components/Icon';
import { useT } from '../../i18n/i18n-context';
import type { MessageKey } from '../../i18n/catalogue';
import { DraftNotice } from './DraftNotice';
import { useDocxExport, type ExportState, type ExportStep } from './use-docx-export';

type PaperSize = ExportSettings['paperSize'];

const STEPS: ReadonlyArray<{ step: ExportStep; label: MessageKey }> = [
  { step: 'draw', label: 'export.step.draw' },
  { step: 'compose', label: 'export.step.compose' },
  { step: 'save', label: 'export.step.save' },
];
const ORDER: readonly ExportStep[] = ['wait', 'draw', 'compose', 'save'];

const Steps = ({ state }: { state: Extract<ExportState, { phase: 'running' }> }) => {
  const t = useT();
  const at = ORDER.indexOf(state.step);
  return (
    <ol className="export-steps">
      {STEPS.map(({ step, label }) => {
        const index = ORDER.indexOf(step);
        const status = index < at ? 'done' : index === at ? 'current' : 'pending';
        const text = step === 'draw' && status === 'current' && state.total > 0 ? t('export.step.drawCount', { done: state.drawn, total: state.total }) : t(label);
        return (
          <li key={step} className={`export-step is-${status}`}>
            <span className="export-step-mark" aria-hidden="true">
              {status === 'done' ? <Icon name="check" /> : status === 'current' ? <Icon name="spinner" className="spin" /> : null}
            </span>
            <span>{text}</span>
            <span className="visually-hidden"> ({t(`export.step.${status}`)})</span>
          </li>
        );
      })}
    </ol>
  );
};

/** What a screen reader hears while the export runs. */
const statusText = (state: ExportState, t: ReturnType<typeof useT>): string => {
  if (state.phase === 'done') return state.saved.where === 'cancelled' ? t('export.done.cancelled') : t('export.done.title');
  if (state.phase !== 'running') return '';
  if (state.step === 'wait') return t('export.step.wait');
  if (state.step === 'draw') return state.total > 0 ? t('export.step.drawCount', { done: state.drawn, total: state.total }) : t('export.step.draw');
  return t(state.step === 'compose' ? 'export.step.compose' : 'export.step.save');
};

const Done = ({ state }: { state: Extract<ExportState, { phase: 'done' }> }) => {
  const t = useT();
  const bridge = useBridge();
  const [folderError, setFolderError] = useState<string | null>(null);
  const { saved } = state;
  if (saved.where === 'cancelled') return <p className="export-result muted">{t('export.done.cancelled')}</p>;
  return (
    <div className="notice notice-success export-result">
      <Icon name="check" />
      <div>
        <p>
          <strong>{t('export.done.title')}</strong> {state.draft ? t('export.done.draft') : null}
        </p>
        {saved.where === 'path' ? (
          <>
            <p className="export-path">{t('export.done.path', { path: saved.path })}</p>
            {bridge ? (
              <button
                type="button"
                className="btn btn-secondary btn-small"
                onClick={() => {
                  setFolderError(null);
                  bridge.showInFolder(saved.path).catch((error: unknown) => setFolderError(t('export.openFolderFailed', { message: messageOf(error) })));
                }}
              >
                {t('export.openFolder')}
              </button>
            ) : null}
          </>
        ) : (
          <p>{t('export.done.download', { fileName: state.fileName })}</p>
        )}
        {state.missingDiagrams > 0 ? <p>{t('export.done.missingDiagrams', { count: state.missingDiagrams })}</p> : null}
        {folderError ? (
          <p className="field-message is-error" role="alert">
            {folderError}
          </p>
        ) : null}
      </div>
    </div>
  );
};

/** The DRAF notice, the export button, its steps and its outcome. */
export const ExportPanel = ({ workshop, paperSize, opdId }: { workshop: Workshop; paperSize: PaperSize; opdId: string | null }) => {
  const t = useT();
  const { state, start } = useDocxExport();
  const running = state.phase === 'running';
  return (
    <section className="card export-panel" aria-labelledby="export-panel-title">
      <h2 className="card-title" id="export-panel-title">
        <Icon name="file" />
        {t('export.action')}
      </h2>
      <div className="export-action">
        <button type="button" className="btn btn-primary btn-large" onClick={() => void start({ paperSize, opdId })} disabled={running} aria-describedby="export-action-hint">
          {running ? <Icon name="spinner" className="spin" /> : <Icon name="file" />}
          {running ? t('export.action.busy') : state.phase === 'idle' ? t('export.action') : t('export.action.again')}
        </button>
        <p className="field-hint" id="export-action-hint">
          {t('export.action.hint')}
        </p>
      </div>
      {running ? (
        <div className="export-progress">
          <progress
            className="export-progress-bar"
            aria-label={t('export.progress.label')}
            max={100}
            value={state.step === 'wait' ? 2 : state.step === 'draw' ? 5 + (state.total > 0 ? (state.drawn / state.total) * 45 : 45) : state.step === 'compose' ? 60 : 90}
          />
          <Steps state={state} />
        </div>
      ) : null}
      <p className="visually-hidden" role="status">
        {statusText(state, t)}
      </p>
      {state.phase === 'done' ? <Done state={state} /> : null}
      {state.phase === 'failed' ? (
        <div className="notice notice-error export-result" role="alert">
          <Icon name="alert" />
          <div>
            <p>
              <strong>{t('export.failed.title')}</strong>
            </p>
            <p>{state.unsaved ? t('export.failed.saveEdits', { message: state.message }) : state.message}</p>
            <p>{t('export.failed.body')}</p>
            <button type="button" className="btn btn-secondary btn-small" onClick={() => void start({ paperSize, opdId })}>
              {t('export.retry')}
            </button>
          </div>
        </div>
      ) : null}
      <DraftNotice workshop={workshop} />
    </section>
  );
};
