import { useState } from 'react';
import { BIMTEK_NUMERALS } from '../../../../shared/logic/bimtek';
import { BIMTEK_STAGES, type BimtekStageId, type Workshop } from '../../../../shared/model';
import { EditableTable } from '../../forms/EditableTable';
import { useT } from '../../i18n/i18n-context';
import { AddAttendee } from './AddAttendee';
import { AttendanceRow } from './AttendanceRow';

/** The attendance list of the whole Bimtek, with the open Tahap's ticks highlighted and an optional filter on it. */
export const AttendanceCard = ({ workshop, stage, readOnly }: { workshop: Workshop; stage: BimtekStageId; readOnly: boolean }) => {
  const t = useT();
  const [onlyPresent, setOnlyPresent] = useState(false);
  const numeral = BIMTEK_NUMERALS[stage];
  const all = workshop.bimtek.attendees;
  const present = all.filter((a) => a.present[stage]).length;
  const numbered = all.map((row, index) => ({ row, number: index + 1 }));
  const shown = onlyPresent ? numbered.filter(({ row }) => row.present[stage]) : numbered;
  return (
    <section className="card form-card bimtek-attendance" aria-labelledby="bimtek-attendance-heading">
      <div className="card-heading-row">
        <h2 id="bimtek-attendance-heading" className="card-title">
          {t('bimtek.attendance.heading')}
        </h2>
        <p className="bimtek-summary" aria-live="polite">
          {t('bimtek.attendance.summary', { count: all.length, present, numeral })}
        </p>
        <label className="bimtek-filter">
          <input type="checkbox" checked={onlyPresent} onChange={(e) => setOnlyPresent(e.target.checked)} />
          {t('bimtek.attendance.onlyPresent', { numeral })}
        </label>
      </div>
      <p className="card-lead">{t('bimtek.attendance.lead')}</p>
      <fieldset className="bimtek-attendance-fields" disabled={readOnly}>
        <legend className="visually-hidden">{t('bimtek.attendance.heading')}</legend>
        {all.length === 0 ? (
          <p className="empty-note">{t('bimtek.attendance.empty')}</p>
        ) : (
          <EditableTable
            className="data-table bimtek-table"
            labelledBy="bimtek-attendance-heading"
            columns={[
              { label: t('bimtek.col.number'), className: 'num bimtek-col-number' },
              { label: t('bimtek.col.name'), className: 'bimtek-col-name' },
              { label: t('bimtek.col.title'), className: 'bimtek-col-title' },
              { label: t('bimtek.col.opd'), className: 'bimtek-col-opd' },
              { label: t('bimtek.col.group'), className: 'bimtek-col-group' },
              ...BIMTEK_STAGES.map((s) => ({ label: <abbr title={t('bimtek.tab', { numeral: BIMTEK_NUMERALS[s] })}>{BIMTEK_NUMERALS[s]}</abbr>, className: `bimtek-col-present${s === stage ? ' is-current' : ''}` })),
            ]}
            actions={{ label: t('bimtek.col.actions'), className: 'bimtek-col-actions' }}
          >
            {shown.map(({ row, number }) => (
              <AttendanceRow key={row.id} row={row} number={number} opds={workshop.opds} stage={stage} />
            ))}
          </EditableTable>
        )}
        <AddAttendee opds={workshop.opds} stage={stage} numeral={numeral} />
      </fieldset>
    </section>
  );
};
