import { STAGES, worksheetById } from '../../../../shared/logic';
import { draftByDefault, draftGaps } from '../../../../shared/logic/masterplan-draft';
import type { Workshop } from '../../../../shared/model';
import { hrefFor } from '../../app/route';
import { Icon } from '../../components/Icon';
import { useLanguage, useT } from '../../i18n/i18n-context';

/**
 * Why the export says DRAF: every gap the progress rules find (shared/logic/masterplan-draft.ts reads
 * workshopProgress), per stage, each with a link to the worksheet; or that the document is final.
 */
export const DraftNotice = ({ workshop }: { workshop: Workshop }) => {
  const t = useT();
  const { language } = useLanguage();
  if (!draftByDefault(workshop)) {
    return (
      <div className="notice notice-success export-draft-notice">
        <Icon name="check" />
        <div>
          <p>
            <strong>{t('export.final.title')}</strong>
          </p>
          <p>{t('export.final.body')}</p>
        </div>
      </div>
    );
  }
  const gaps = draftGaps(workshop, language);
  return (
    <div className="notice notice-warning export-draft-notice">
      <Icon name="alert" />
      <div>
        <p>
          <strong>{t('export.draft.title')}</strong>
        </p>
        <p>{t('export.draft.body')}</p>
        {STAGES.map((stage) => {
          const own = gaps.filter((gap) => gap.stage === stage.id);
          if (own.length === 0) return null;
          return (
            <section key={stage.id} className="export-draft-stage" aria-label={t(stage.i18nKey)}>
              <p className="export-draft-stage-title">{t(stage.i18nKey)}</p>
              <ul className="export-missing">
                {own.map((gap) => {
                  const name = gap.part === 'sections' ? t('export.draft.stageSections') : t(worksheetById(gap.worksheetId).i18nKey);
                  return (
                    <li key={`${gap.worksheetId}-${gap.part}`}>
                      <a href={hrefFor({ screen: 'workshop', workshopId: workshop.id, worksheet: gap.worksheetId })}>{name}</a>: {gap.missing.join('; ')}
                    </li>
                  );
                })}
              </ul>
            </section>
          );
        })}
      </div>
    </div>
  );
};
