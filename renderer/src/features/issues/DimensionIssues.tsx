import { useLanguage, useT } from '../../i18n/i18n-context';
import { useSessionSnapshot, useWorkshop } from '../../session/session-context';
import { dimensionName } from '../summary/lookups';
import { IssueColumn } from './IssueColumn';

/** One dimension's problems and potentials, side by side. */
export const DimensionIssues = ({ dimensionId, suggestionListId }: { dimensionId: string; suggestionListId: string }) => {
  const t = useT();
  const { language } = useLanguage();
  const w = useWorkshop();
  const { readOnly } = useSessionSnapshot();
  const issues = w.issues.filter((i) => i.dimensionId === dimensionId);
  const headingId = `issues-panel-${dimensionId}`;
  return (
    <section className="card issues-card" aria-labelledby={headingId}>
      <h2 id={headingId} className="card-title">
        {t('issues.panelTitle', { dimension: dimensionName(w, dimensionId, language) })}
      </h2>
      <p className="card-lead">{t('issues.panelLead')}</p>
      <fieldset className="issue-columns" disabled={readOnly}>
        <legend className="visually-hidden">{t('issues.panelTitle', { dimension: dimensionName(w, dimensionId, language) })}</legend>
        {(['permasalahan', 'potensi'] as const).map((kind) => (
          <IssueColumn key={kind} dimensionId={dimensionId} kind={kind} issues={issues.filter((i) => i.kind === kind)} suggestionListId={suggestionListId} />
        ))}
      </fieldset>
    </section>
  );
};
