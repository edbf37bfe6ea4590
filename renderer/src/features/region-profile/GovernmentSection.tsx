import { RegionalHeadSchema, type RegionProfile } from '../../../../shared/model';
import { defaultDeputyTitle } from '../../../../shared/logic/region-facts';
import { TextCommitField } from '../../forms/TextCommitField';
import { useT } from '../../i18n/i18n-context';
import { RpjmdPeriodFields } from './RpjmdPeriodFields';
import { useRegionCommands } from './use-region-commands';

const H = RegionalHeadSchema.shape;

/** Pemerintahan daerah: the RPJMD period the masterplan aligns with, and who signs it. */
export const GovernmentSection = ({ region }: { region: RegionProfile }) => {
  const t = useT();
  const { patchRegion } = useRegionCommands();
  const head = region.regionalHead;
  return (
    <section className="card form-card" aria-labelledby="government-heading">
      <h2 id="government-heading" className="card-title">
        {t('profile.section.government')}
      </h2>
      <RpjmdPeriodFields stored={region.rpjmdPeriod} commit={(rpjmdPeriod) => patchRegion({ rpjmdPeriod })} />
      <div className="form-grid form-grid-2">
        <TextCommitField label={t('profile.head.title')} stored={head.title} schema={H.title} commit={(title) => patchRegion({ regionalHead: { ...head, title } })} maxLength={120} />
        <TextCommitField label={t('profile.head.name')} stored={head.name} schema={H.name} commit={(name) => patchRegion({ regionalHead: { ...head, name } })} maxLength={200} />
        <TextCommitField
          label={t('profile.head.deputyTitle')}
          placeholder={defaultDeputyTitle(region.kind)}
          stored={head.deputyTitle}
          schema={H.deputyTitle}
          commit={(deputyTitle) => patchRegion({ regionalHead: { ...head, deputyTitle } })}
          maxLength={120}
        />
        <TextCommitField label={t('profile.head.deputy')} stored={head.deputyName} schema={H.deputyName} commit={(deputyName) => patchRegion({ regionalHead: { ...head, deputyName } })} maxLength={200} />
      </div>
    </section>
  );
};
