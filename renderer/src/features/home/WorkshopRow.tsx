import type { WorkshopSummary } from '../../../../shared/model';
import { hrefFor } from '../../app/route';
import { Icon } from '../../components/Icon';
import { formatDateTime } from '../../i18n/format';
import { useLanguage, useT } from '../../i18n/i18n-context';
import { regionLabel } from './region-label';
import { formatRelativeTime } from './relative-time';

interface Props {
  workshop: WorkshopSummary;
  /** The demo seeded on the first launch: marked "Contoh". */
  isDemo: boolean;
  onDuplicate(): void;
  onRename(): void;
  onDelete(): void;
}

export const WorkshopRow = ({ workshop, isDemo, onDuplicate, onRename, onDelete }: Props) => {
  const t = useT();
  const { language } = useLanguage();
  const headingId = `workshop-${workshop.id}`;
  const region = regionLabel(workshop.regionName, workshop.regionKind);
  return (
    <li className={`workshop-row${isDemo ? ' is-demo' : ''}`} aria-labelledby={headingId}>
      <div className="workshop-row-heading">
        <h3 className="workshop-row-title" id={headingId}>
          <a href={hrefFor({ screen: 'workshop', workshopId: workshop.id, worksheet: null })}>{workshop.title}</a>
        </h3>
        {isDemo ? (
          <span className="badge badge-demo" title={t('home.demoHint')}>
            {t('home.demoBadge')}
          </span>
        ) : null}
        {workshop.status === 'read-only' ? <span className="badge badge-warning">{t('home.readOnly')}</span> : null}
      </div>
      <div className="workshop-row-footer">
        <dl className="workshop-row-meta">
          <div>
            <dt>{t('home.meta.region')}</dt>
            <dd>{region || t('region.unnamed')}</dd>
          </div>
          <div>
            <dt>{t('home.meta.updated')}</dt>
            <dd>
              <time dateTime={workshop.updatedAt} title={formatDateTime(workshop.updatedAt, language)}>
                {formatRelativeTime(workshop.updatedAt, language, t('home.justNow'))}
              </time>
            </dd>
          </div>
          <div>
            <dt>{t('home.meta.programs')}</dt>
            <dd>{t('home.meta.programCount', { count: workshop.programCount })}</dd>
          </div>
        </dl>
        <div className="workshop-row-actions">
          <a className="btn btn-primary" href={hrefFor({ screen: 'workshop', workshopId: workshop.id, worksheet: null })} aria-label={t('home.openNamed', { title: workshop.title })}>
            {t('home.open')}
          </a>
          <button type="button" className="btn btn-secondary" onClick={onDuplicate} aria-label={t('home.duplicateNamed', { title: workshop.title })}>
            <Icon name="copy" />
            <span>{t('home.duplicate')}</span>
          </button>
          <button type="button" className="btn btn-secondary" onClick={onRename} aria-label={t('home.renameNamed', { title: workshop.title })}>
            <Icon name="edit" />
            <span>{t('home.rename')}</span>
          </button>
          <button type="button" className="btn btn-danger-quiet" onClick={onDelete} aria-label={t('home.deleteNamed', { title: workshop.title })}>
            <Icon name="trash" />
            <span>{t('home.delete')}</span>
          </button>
        </div>
      </div>
    </li>
  );
};
