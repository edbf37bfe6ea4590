import { useRef, useState, type KeyboardEvent } from 'react';
import { BIMTEK_NUMERALS, attendanceCounts, stageDates } from '../../../../shared/logic/bimtek';
import { BIMTEK_STAGES, type BimtekStageId } from '../../../../shared/model';
import { useT } from '../../i18n/i18n-context';
import { useSessionSnapshot, useWorkshop } from '../../session/session-context';
import { AttendanceCard } from './AttendanceCard';
import { StagePanel } from './StagePanel';
import { useBimtekWords } from './use-bimtek-words';
import './bimtek.css';

/** Pelaksanaan Bimtek: Tahap I–IV as tabs (dates and head count on each), the open Tahap's record, and the attendance list. */
export const BimtekWorksheet = () => {
  const t = useT();
  const workshop = useWorkshop();
  const { readOnly } = useSessionSnapshot();
  const [stage, setStage] = useState<BimtekStageId>('tahap-1');
  const tabs = useRef<HTMLDivElement>(null);
  const counts = attendanceCounts(workshop);
  const words = useBimtekWords();

  // Arrow keys move between the tabs, as in every tab list.
  const moveTab = (e: KeyboardEvent<HTMLDivElement>) => {
    const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
    if (step === 0) return;
    const next = BIMTEK_STAGES[(BIMTEK_STAGES.indexOf(stage) + step + BIMTEK_STAGES.length) % BIMTEK_STAGES.length] ?? 'tahap-1';
    setStage(next);
    tabs.current?.querySelector<HTMLButtonElement>(`#bimtek-tab-${next}`)?.focus();
    e.preventDefault();
  };

  return (
    <div className="worksheet-form bimtek-worksheet">
      <div className="bimtek-tabs" role="tablist" aria-label={t('bimtek.tabs')} ref={tabs} onKeyDown={moveTab}>
        {BIMTEK_STAGES.map((s) => {
          const record = workshop.bimtek.stages[s];
          const dates = stageDates(record.startDate, record.endDate, false, words.dates);
          return (
            <button
              key={s}
              id={`bimtek-tab-${s}`}
              type="button"
              role="tab"
              className="bimtek-tab"
              aria-selected={s === stage}
              aria-controls="bimtek-stage-panel"
              tabIndex={s === stage ? 0 : -1}
              onClick={() => setStage(s)}
            >
              <span className="bimtek-tab-title">{t('bimtek.tab', { numeral: BIMTEK_NUMERALS[s] })}</span>
              <span className="bimtek-tab-meta">
                <span className="bimtek-tab-dates">{dates || '—'}</span>
                {'\u00a0· '}
                <span className="bimtek-tab-count">{t('bimtek.tab.count', { count: counts[s] })}</span>
              </span>
            </button>
          );
        })}
      </div>
      <div id="bimtek-stage-panel" role="tabpanel" aria-labelledby={`bimtek-tab-${stage}`}>
        <StagePanel workshop={workshop} stage={stage} readOnly={readOnly} />
      </div>
      <AttendanceCard workshop={workshop} stage={stage} readOnly={readOnly} />
    </div>
  );
};
