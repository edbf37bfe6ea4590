import { useT } from '../../i18n/i18n-context';
import { useSessionSnapshot, useWorkshop } from '../../session/session-context';
import { GoalsCard } from './GoalsCard';
import { MissionsCard } from './MissionsCard';
import { VisionKeywordsCard } from './VisionKeywordsCard';
import { VisionStatementCard } from './VisionStatementCard';
import './vision.css';

/** Visi, misi dan tujuan (Tahap II): the statement, its keywords from Tahap I, missions and measurable goals. */
export const VisionWorksheet = () => {
  const t = useT();
  const workshop = useWorkshop();
  const { readOnly } = useSessionSnapshot();
  return (
    <fieldset className="worksheet-form" disabled={readOnly}>
      <legend className="visually-hidden">{t('vision.formLegend')}</legend>
      <VisionStatementCard vision={workshop.vision} readOnly={readOnly} />
      <VisionKeywordsCard workshop={workshop} />
      <MissionsCard workshop={workshop} />
      <GoalsCard workshop={workshop} />
    </fieldset>
  );
};
