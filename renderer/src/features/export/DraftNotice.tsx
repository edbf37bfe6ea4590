import { draftByDefault, finalisationMissing } from '../../../../shared/logic/masterplan-draft';
import type { Workshop } from '../../../../shared/model';
import { hrefFor } from '../../app/route';
import { Icon } from '../../components/Icon';
import { useT } from '../../i18n/i18n-context';

const SHOWN = 4;

/** Why the export says DRAF, and what is left to finish in Tahap IV; or that it is final. */
export const DraftNotice = ({ workshop }: { workshop: Workshop }) => {
  const t = useT();
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
  const missing = finalisationMissing(workshop);
  const link = (worksheet: 'komitmen' | 'bagian') => hrefFor({ screen: 'workshop', workshopId: workshop.id, worksheet });
  return (
    <div className="notice notice-warning export-draft-notice">
      <Icon name="alert" />
      <div>
        <p>
          <strong>{t('export.draft.title')}</strong>
        </p>
        <p>{t('export.draft.body')}</p>
        <ul className="export-missing">
          {missing.slice(0, SHOWN).map((item) => (
            <li key={item}>{item}</li>
          ))}
          {missing.length > SHOWN ? <li>{t('export.draft.more', { count: missing.length - SHOWN })}</li> : null}
        </ul>
        <p className="export-draft-links">
          <a href={link('komitmen')}>{t('export.draft.commitment')}</a>
          <a href={link('bagian')}>{t('export.draft.sections')}</a>
        </p>
      </div>
    </div>
  );
};
