import { richDocToText } from '../../../../shared/model';
import { formatNumber } from '../../i18n/format';
import { useLanguage, useT } from '../../i18n/i18n-context';
import { useWorkshop } from '../../session/session-context';
import { Chip, EmptyNote, OpdName, ReadOnlyBadge, StatTiles, SummaryCard } from '../summary/SummaryKit';

const STATUS_TONE = { draft: undefined, review: 'amber', final: 'green' } as const;

const wordCount = (text: string): number => text.split(/\s+/).filter(Boolean).length;

/** Bagian naskah: the masterplan's narrative sections, who drafts each, and how far along they are. */
export const SectionsSummary = () => {
  const t = useT();
  const { language } = useLanguage();
  const w = useWorkshop();
  const reviewed = w.commitment.reviewChecklist.filter((r) => r.reviewed).length;
  return (
    <>
      <SummaryCard id="sections-stats" title={t('sections.overview')}>
        <StatTiles
          label={t('sections.overview')}
          stats={[
            { label: t('sections.count'), value: w.sections.length },
            { label: t('sections.status.final'), value: w.sections.filter((s) => s.status === 'final').length, tone: 'green' },
            { label: t('sections.status.review'), value: w.sections.filter((s) => s.status === 'review').length, tone: 'amber' },
            { label: t('sections.reviewed'), value: `${reviewed}/${w.commitment.reviewChecklist.length}` },
          ]}
        />
      </SummaryCard>
      <SummaryCard id="sections-table" title={t('sections.table')} actions={<ReadOnlyBadge />}>
        {w.sections.length === 0 ? (
          <EmptyNote>{t('sections.empty')}</EmptyNote>
        ) : (
          <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="sections-table">
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">{t('sections.title')}</th>
                  <th scope="col">{t('sections.owner')}</th>
                  <th scope="col">{t('sections.status')}</th>
                  <th scope="col" className="num">
                    {t('sections.words')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {w.sections.map((s) => (
                  <tr key={s.id}>
                    <th scope="row" className="row-title">
                      {s.title}
                    </th>
                    <td>
                      <OpdName workshop={w} opdId={s.ownerOpdId} />
                    </td>
                    <td>
                      <Chip tone={STATUS_TONE[s.status]}>{t(`sections.status.${s.status}`)}</Chip>
                    </td>
                    <td className="num">{formatNumber(wordCount(richDocToText(s.content)), language)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </SummaryCard>
    </>
  );
};
