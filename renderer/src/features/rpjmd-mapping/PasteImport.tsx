import { useDeferredValue, useId, useMemo, useState } from 'react';
import { RPJMD_MAPPING_COLUMNS, readRpjmdMappingRows } from '../../../../shared/logic/rpjmd-mapping-rows';
import { parseSpreadsheetRows } from '../../../../shared/logic/spreadsheet-rows';
import type { Workshop } from '../../../../shared/model';
import { Icon } from '../../components/Icon';
import { useT } from '../../i18n/i18n-context';
import type { MappingCommands } from './use-mapping-commands';

interface Props {
  workshop: Workshop;
  addAll: MappingCommands['addAll'];
  disabled: boolean;
}

/**
 * Rows pasted from Excel or LibreOffice: previewed row by row with what is wrong in Indonesian,
 * and added only when the facilitator confirms, all valid rows at once or none.
 */
export const PasteImport = ({ workshop: w, addAll, disabled }: Props) => {
  const t = useT();
  const id = useId();
  const [text, setText] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const shownText = useDeferredValue(text);
  const { opds, programs, rpjmdMappings } = w;
  const paste = useMemo(() => readRpjmdMappingRows(parseSpreadsheetRows(shownText), { opds, programs, rpjmdMappings }), [shownText, opds, programs, rpjmdMappings]);
  const opdName = (opdId: string | null) => opds.find((o) => o.id === opdId)?.abbreviation ?? '';
  const programCode = (programId: string | null) => programs.find((p) => p.id === programId)?.code ?? '';

  const confirm = () => {
    const result = addAll(paste.valid);
    if (!result.ok) {
      setMessage(t('rpjmd-mapping.paste.refused', { message: result.message }));
      return;
    }
    setMessage(null);
    // What could not be added stays in the box, to be corrected and pasted again.
    setText(paste.rows.flatMap((r) => (r.ok ? [] : [r.cells.join('\t')])).join('\n'));
  };

  return (
    <section className="card paste-import" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="card-title">
        {t('rpjmd-mapping.paste.title')}
      </h2>
      <p className="card-lead">
        {t('rpjmd-mapping.paste.lead')} <strong>{RPJMD_MAPPING_COLUMNS.join(' · ')}</strong>
      </p>
      <div className="field">
        <label className="field-label" htmlFor={`${id}-text`}>
          {t('rpjmd-mapping.paste.label')}
        </label>
        <p className="field-hint" id={`${id}-hint`}>
          {t('rpjmd-mapping.paste.hint')}
        </p>
        <textarea
          id={`${id}-text`}
          className="input textarea paste-text"
          rows={6}
          spellCheck={false}
          disabled={disabled}
          aria-describedby={`${id}-hint`}
          value={text}
          onChange={(e) => {
            setText(e.target.value);
            setMessage(null);
          }}
        />
      </div>
      {paste.rows.length > 0 ? (
        <>
          <p className="paste-summary" role="status">
            {t('rpjmd-mapping.paste.summary', { valid: paste.valid.length, errors: paste.errorCount })} {paste.hasHeader ? t('rpjmd-mapping.paste.header') : null}
          </p>
          <div className="table-scroll paste-preview" tabIndex={0} role="region" aria-label={t('rpjmd-mapping.paste.preview')}>
            <table className="data-table">
              <caption className="visually-hidden">{t('rpjmd-mapping.paste.preview')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('rpjmd-mapping.paste.line')}</th>
                  <th scope="col">{t('mapping.opd')}</th>
                  <th scope="col">{t('mapping.rpjmd')}</th>
                  <th scope="col">{t('mapping.renstra')}</th>
                  <th scope="col">{t('mapping.kegiatan')}</th>
                  <th scope="col">{t('mapping.program')}</th>
                  <th scope="col">{t('rpjmd-mapping.paste.status')}</th>
                </tr>
              </thead>
              <tbody>
                {paste.rows.map((r) => (
                  <tr key={r.line} className={r.ok ? 'paste-ok' : 'paste-error'}>
                    <td className="num">{r.line}</td>
                    <td>{r.ok ? opdName(r.mapping.opdId) : r.cells[0]}</td>
                    <td>{r.cells[1]}</td>
                    <td>{r.cells[2]}</td>
                    <td>
                      {r.cells[3]}
                      {r.cells[4] ? <span className="row-detail">{r.cells[4]}</span> : null}
                    </td>
                    <td className="code">{r.ok ? programCode(r.mapping.programId) : r.cells[5]}</td>
                    <td className="paste-status">
                      {r.ok ? (
                        <span className="paste-ready">
                          <Icon name="check" /> {t('rpjmd-mapping.paste.ok')}
                        </span>
                      ) : (
                        <span className="paste-problem">{r.message}</span>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {paste.errorCount > 0 && paste.valid.length > 0 ? <p className="card-note">{t('rpjmd-mapping.paste.errorsStay')}</p> : null}
        </>
      ) : text.trim() !== '' ? (
        <p className="card-note">{t('rpjmd-mapping.paste.nothing')}</p>
      ) : null}
      {message ? (
        <p className="form-error" role="alert">
          {message}
        </p>
      ) : null}
      <div className="button-row">
        <button type="button" className="btn btn-primary" disabled={disabled || paste.valid.length === 0 || shownText !== text} onClick={confirm}>
          {t('rpjmd-mapping.paste.confirm', { count: paste.valid.length })}
        </button>
        <button type="button" className="btn btn-secondary" disabled={text === ''} onClick={() => setText('')}>
          {t('rpjmd-mapping.paste.clear')}
        </button>
      </div>
    </section>
  );
};
