import { useId, useState } from 'react';
import type { ProgramImportPreview } from '../../../../shared/contract';
import { EXCEL_UPLOAD_MAX_BYTES } from '../../../../shared/contract/excel';
import { useApi } from '../../api/api-context';
import { messageOf } from '../../api/api-error';
import { Dialog } from '../../components/Dialog';
import { Icon } from '../../components/Icon';
import { useToast } from '../../components/Toasts';
import { formatNumber } from '../../i18n/format';
import { useLanguage, useT, type Language } from '../../i18n/i18n-context';
import { useSession, useSessionSnapshot } from '../../session/session-context';
import { base64OfFile, whenSaved } from './session-saved';
import './excel.css';

type Step =
  | { kind: 'choose' }
  | { kind: 'reading'; fileName: string }
  | { kind: 'previewed'; fileName: string; base64: string; preview: ProgramImportPreview }
  | { kind: 'importing'; count: number }
  | { kind: 'reloading' };

const megabytes = (bytes: number, language: Language): string => formatNumber(bytes / 1_000_000, language, 1);

const RowErrors = ({ preview }: { preview: ProgramImportPreview }) => {
  const t = useT();
  const titleId = useId();
  return (
    <div className="excel-errors">
      <p className="form-error" id={titleId}>
        {t('excel.import.errorsTitle', { count: preview.errors.length })}
      </p>
      <div className="excel-errors-scroll" tabIndex={0} role="region" aria-labelledby={titleId}>
        <table className="data-table excel-errors-table" aria-label={t('excel.import.errorsTable')}>
          <thead>
            <tr>
              <th scope="col">{t('excel.import.row')}</th>
              <th scope="col">{t('excel.import.column')}</th>
              <th scope="col">{t('excel.import.message')}</th>
            </tr>
          </thead>
          <tbody>
            {preview.errors.map((error, i) => (
              <tr key={`${error.row}-${error.column ?? ''}-${i}`}>
                <td className="excel-error-row">{error.row}</td>
                <td>{error.column ?? '—'}</td>
                <td>{error.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
};

/** The file input, with an Indonesian button and the chosen file's name (the browser's own text follows the system language). */
const FileChooser = ({ fileName, error, disabled, onChoose }: { fileName: string | null; error: string | null; disabled: boolean; onChoose(file: File | undefined): void }) => {
  const t = useT();
  const inputId = useId();
  const labelId = `${inputId}-label`;
  const hintId = `${inputId}-hint`;
  const messageId = `${inputId}-message`;
  return (
    <div className={`field${error ? ' field-invalid' : ''}`}>
      <span className="field-label" id={labelId}>
        {t('excel.import.file')}
      </span>
      <p className="field-hint" id={hintId}>
        {t('excel.import.fileHint')}
      </p>
      <div className="excel-file-row">
        <label className={`btn btn-secondary file-button${disabled ? ' is-disabled' : ''}`} htmlFor={inputId}>
          <Icon name="file" />
          <span>{t('excel.import.choose')}</span>
        </label>
        <input
          id={inputId}
          type="file"
          className="visually-hidden-file"
          accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
          disabled={disabled}
          aria-labelledby={labelId}
          aria-describedby={`${hintId} ${messageId}`}
          aria-invalid={Boolean(error)}
          onChange={(e) => {
            onChoose(e.target.files?.[0]);
            // The same file can be chosen again after it was fixed.
            e.target.value = '';
          }}
        />
        <span className="excel-file-name">{fileName ?? t('excel.import.noFile')}</span>
      </div>
      <p className={`field-message${error ? ' is-error' : ''}`} id={messageId} aria-live="polite">
        {error}
      </p>
    </div>
  );
};

const Summary = ({ preview }: { preview: ProgramImportPreview }) => {
  const t = useT();
  const changes = preview.added + preview.updated;
  return (
    <div className="notice excel-summary">
      <Icon name="check" />
      <div>
        <p>
          <strong>{changes > 0 ? t('excel.import.summary', { added: preview.added, updated: preview.updated }) : t('excel.import.nothing')}</strong>
        </p>
        {changes > 0 && preview.unchanged > 0 ? <p>{t('excel.import.unchanged', { count: preview.unchanged })}</p> : null}
      </div>
    </div>
  );
};

/**
 * Impor program (XLSX/CSV): choose a file, see what it would add and update or every row error,
 * then import all of it or nothing. The session reloads the workshop afterwards.
 */
export const ProgramImportDialog = ({ onClose }: { onClose(): void }) => {
  const t = useT();
  const { language } = useLanguage();
  const api = useApi();
  const toast = useToast();
  const session = useSession();
  const { readOnly, save } = useSessionSnapshot();
  const [step, setStep] = useState<Step>({ kind: 'choose' });
  const [error, setError] = useState<string | null>(null);
  const workshopId = session.workshopId;
  const busy = step.kind === 'reading' || step.kind === 'importing' || step.kind === 'reloading';

  const choose = async (file: File | undefined) => {
    if (!file) return;
    setError(null);
    if (file.size > EXCEL_UPLOAD_MAX_BYTES) {
      setStep({ kind: 'choose' });
      setError(t('excel.import.tooLarge', { file: file.name, size: megabytes(file.size, language) }));
      return;
    }
    setStep({ kind: 'reading', fileName: file.name });
    try {
      const base64 = await base64OfFile(file);
      const preview = await api['excel.previewProgramImport']({ workshopId, fileName: file.name, base64 });
      setStep({ kind: 'previewed', fileName: file.name, base64, preview });
    } catch (failure) {
      setStep({ kind: 'choose' });
      setError(messageOf(failure));
    }
  };

  const importNow = async () => {
    if (step.kind !== 'previewed') return;
    const { fileName, base64, preview } = step;
    setError(null);
    setStep({ kind: 'importing', count: preview.added + preview.updated });
    try {
      await whenSaved(session);
      const result = await api['excel.importPrograms']({ workshopId, fileName, base64 });
      setStep({ kind: 'reloading' });
      await session.load();
      toast({ tone: 'success', message: t('excel.import.done', { added: result.added, updated: result.updated }) });
      onClose();
    } catch (failure) {
      setStep({ kind: 'previewed', fileName, base64, preview });
      setError(messageOf(failure));
    }
  };

  const preview = step.kind === 'previewed' ? step.preview : null;
  const fileName = step.kind === 'previewed' || step.kind === 'reading' ? step.fileName : null;
  const canImport = preview !== null && preview.errors.length === 0 && preview.added + preview.updated > 0 && !readOnly;
  const progress =
    step.kind === 'reading'
      ? t('excel.import.reading', { file: step.fileName })
      : step.kind === 'importing'
        ? save.kind === 'saved'
          ? t('excel.import.importing', { count: step.count })
          : t('excel.import.waitSaving')
        : step.kind === 'reloading'
          ? t('excel.import.reloading')
          : '';

  return (
    <Dialog
      title={t('excel.import.title')}
      description={t('excel.import.description')}
      onClose={() => {
        if (!busy) onClose();
      }}
      actions={
        <>
          <button type="button" className="btn btn-secondary" disabled={busy} onClick={onClose}>
            {t('excel.import.cancel')}
          </button>
          <button type="button" className="btn btn-primary" disabled={!canImport || busy} aria-busy={step.kind === 'importing'} onClick={() => void importNow()}>
            <Icon name="upload" />
            <span>{t('excel.import.submit')}</span>
          </button>
        </>
      }
    >
      <div className="excel-import">
        {readOnly ? <p className="form-error">{t('excel.import.readOnly')}</p> : null}
        <FileChooser fileName={fileName} error={error} disabled={busy || readOnly} onChoose={(file) => void choose(file)} />
        <p className="excel-progress" role="status" aria-live="polite">
          {progress ? (
            <>
              <Icon name="spinner" className="spin" />
              <span>{progress}</span>
            </>
          ) : null}
        </p>
        {preview ? (
          <div className="excel-preview">
            {preview.errors.length > 0 ? <RowErrors preview={preview} /> : <Summary preview={preview} />}
            {preview.ignoredColumns.length > 0 ? (
              <p className="excel-ignored" role="note">
                <Icon name="info" />
                <span>{t('excel.import.ignored', { columns: preview.ignoredColumns.map((c) => `"${c}"`).join(', '), count: preview.ignoredColumns.length })}</span>
              </p>
            ) : null}
          </div>
        ) : null}
      </div>
    </Dialog>
  );
};
