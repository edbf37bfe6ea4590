import { useState } from 'react';
import { pillarStats } from '../../../../shared/logic';
import { OPTIONAL_PILLARS, shownPillars, usesOptionalPillars } from '../../../../shared/logic/readiness-items';
import { Icon } from '../../components/Icon';
import { formatNumber } from '../../i18n/format';
import { useLanguage, useT } from '../../i18n/i18n-context';
import { useSessionSnapshot, useWorkshop } from '../../session/session-context';
import { StatTiles } from '../summary/SummaryKit';
import { PillarSection } from './PillarSection';
import { useReadinessTemplates } from './use-readiness-templates';
import './readiness.css';

/** Analisis kesiapan: items per pillar scored 1–5 with evidence, a SWOT tag and an OPD; figures and a light per pillar. */
export const ReadinessWorksheet = () => {
  const t = useT();
  const { language } = useLanguage();
  const workshop = useWorkshop();
  const { readOnly } = useSessionSnapshot();
  const templates = useReadinessTemplates();
  const items = workshop.readinessItems;
  const [withOptional, setWithOptional] = useState(() => usesOptionalPillars(items));
  const pillars = shownPillars(withOptional);
  const hiddenCount = withOptional ? 0 : items.filter((i) => (OPTIONAL_PILLARS as readonly string[]).includes(i.pillar)).length;

  return (
    <fieldset className="worksheet-form" disabled={readOnly}>
      <legend className="visually-hidden">{t('readiness.formLegend')}</legend>
      <section className="card readiness-overview" aria-labelledby="readiness-overview-heading">
        <h2 id="readiness-overview-heading" className="card-title">
          {t('readiness.overview')}
        </h2>
        <StatTiles
          label={t('readiness.perPillar')}
          stats={pillars.map((pillar) => {
            const s = pillarStats(items, pillar);
            return {
              label: t(`pillar.${pillar}`),
              value: s.mean === null ? '–' : formatNumber(s.mean, language, 2),
              detail: (
                <>
                  <span className="readiness-light-label">
                    <span className={`readiness-dot is-${s.light ?? 'none'}`} aria-hidden="true" />
                    {t(`readiness.lightShort.${s.light ?? 'none'}`)}
                  </span>
                  {s.percentReady === null
                    ? t('readiness.overview.none', { total: s.itemCount })
                    : t('readiness.overview.detail', { percent: `${formatNumber(s.percentReady, language, 0)}%`, scored: s.scoredCount, total: s.itemCount })}
                </>
              ),
              tone: s.light ?? undefined,
            };
          })}
        />
        <div className="readiness-options">
          <label className="readiness-toggle">
            <input type="checkbox" checked={withOptional} onChange={(e) => setWithOptional(e.target.checked)} />
            <span>{t('readiness.optional.toggle')}</span>
          </label>
          {hiddenCount > 0 ? <p className="muted">{t('readiness.optional.hiddenItems', { count: hiddenCount })}</p> : null}
        </div>
        <p className="readiness-scale-note">
          <Icon name="alert" />
          <span>{t('readiness.scaleNote')}</span>
        </p>
      </section>
      {pillars.map((pillar) => (
        <PillarSection key={pillar} pillar={pillar} allItems={items} opds={workshop.opds} templates={templates} />
      ))}
    </fieldset>
  );
};
