import { worksheetById } from '../../../../shared/logic';
import type { WorkshopSummary } from '../../../../shared/model';
import { lastWorksheetOf } from '../../app/last-worksheet';
import { hrefFor } from '../../app/route';
import { Icon } from '../../components/Icon';
import { formatDateTime } from '../../i18n/format';
import { useLanguage, useT } from '../../i18n/i18n-context';
import { regionLabel } from './region-label';
import { formatRelativeTime } from './relative-time';

/** The workshop changed last, with the way back to the worksheet this computer last had open. */
export const ContinueCard = ({ workshop, isDemo }: { workshop: WorkshopSummary; isDemo: boolean }) => {
  const t = useT();
  const { language } = useLanguage();
  const last = lastWorksheetOf(workshop.id);
  const region = regionLabel(workshop.regionName, workshop.regionKind);
  return (
    <section className="home-continue" aria-labelledby="home-continue-heading">
      <div className="home-continue-body">
        <h2 id="home-continue-heading" className="home-kicker">
          {t('home.continue.title')}
        </h2>
        <p className="home-continue-title">
          {workshop.title}
          {isDemo ? <span className="badge badge-demo">{t('home.demoBadge')}</span> : null}
        </p>
        <p className="home-continue-meta">
          <Icon name="clock" />
          <time dateTime={workshop.updatedAt} title={formatDateTime(workshop.updatedAt, language)}>
            {t('home.continue.changed', { when: formatRelativeTime(workshop.updatedAt, language, t('home.justNow')) })}
          </time>
          {region ? <span className="home-continue-dot">{region}</span> : null}
          <span className="home-continue-dot">{t('home.meta.programCount', { count: workshop.programCount })}</span>
        </p>
        {last ? <p className="home-continue-where">{t('home.continue.lastOpened', { worksheet: t(worksheetById(last).i18nKey) })}</p> : null}
      </div>
      <a className="btn btn-primary btn-large" href={hrefFor({ screen: 'workshop', workshopId: workshop.id, worksheet: last })}>
        <span>{last ? t('home.continue.openAt', { worksheet: t(worksheetById(last).i18nKey) }) : t('home.continue.open')}</span>
        <Icon name="arrowRight" />
      </a>
    </section>
  );
};
