import type { PillarStats } from '../../../../shared/logic';
import { formatNumber } from '../../i18n/format';
import { useLanguage, useT } from '../../i18n/i18n-context';

/** The head of a pillar: what it covers, its mean score, the share of items at 3 or more, and its light. */
export const PillarHeader = ({ stats, headingId }: { stats: PillarStats; headingId: string }) => {
  const t = useT();
  const { language } = useLanguage();
  const pillarName = t(`pillar.${stats.pillar}`);
  const light = stats.light ?? 'none';
  return (
    <header className={`pillar-header is-${light}`}>
      <div className="pillar-header-text">
        <h2 id={headingId} className="pillar-title" tabIndex={-1}>
          {pillarName}
        </h2>
        <p className="pillar-covers">{t(`readiness.pillar.${stats.pillar}.covers`)}</p>
      </div>
      <dl className="pillar-stats" aria-label={t('readiness.stats.label', { pillar: pillarName })}>
        <div>
          <dt>{t('readiness.stats.mean')}</dt>
          <dd className="pillar-stat-value">{stats.mean === null ? '–' : formatNumber(stats.mean, language, 2)}</dd>
        </div>
        <div>
          <dt>{t('readiness.stats.ready')}</dt>
          <dd className="pillar-stat-value">{stats.percentReady === null ? '–' : `${formatNumber(stats.percentReady, language, 0)}%`}</dd>
        </div>
        <div>
          <dt>{t('readiness.stats.light')}</dt>
          <dd className="pillar-light">
            <span className={`readiness-dot is-${light}`} aria-hidden="true" />
            {t(`readiness.light.${light}`)}
          </dd>
        </div>
        <div>
          <dt>{t('readiness.stats.scored')}</dt>
          <dd>{t('readiness.scored', { scored: stats.scoredCount, total: stats.itemCount })}</dd>
        </div>
      </dl>
    </header>
  );
};
