import { RegionProfileSchema, type RegionProfile } from '../../../../shared/model';
import { NumberCommitField } from '../../forms/NumberCommitField';
import { useT } from '../../i18n/i18n-context';
import { useRegionCommands } from './use-region-commands';

const R = RegionProfileSchema.shape;

/** Gambaran wilayah: the figures BAB II of the masterplan opens with. */
export const StatisticsSection = ({ region }: { region: RegionProfile }) => {
  const t = useT();
  const { patchRegion } = useRegionCommands();
  return (
    <section className="card form-card" aria-labelledby="statistics-heading">
      <h2 id="statistics-heading" className="card-title">
        {t('profile.section.statistics')}
      </h2>
      <p className="card-lead">{t('profile.section.statistics.lead')}</p>
      <div className="form-grid form-grid-3">
        <NumberCommitField label={t('profile.population')} stored={region.population} schema={R.population} commit={(population) => patchRegion({ population })} />
        <NumberCommitField label={t('profile.area')} stored={region.areaKm2} schema={R.areaKm2} commit={(areaKm2) => patchRegion({ areaKm2 })} decimals />
        <NumberCommitField label={t('profile.kecamatan')} stored={region.kecamatanCount} schema={R.kecamatanCount} commit={(kecamatanCount) => patchRegion({ kecamatanCount })} />
        <NumberCommitField label={t('profile.desa')} stored={region.desaCount} schema={R.desaCount} commit={(desaCount) => patchRegion({ desaCount })} />
        <NumberCommitField label={t('profile.kelurahan')} stored={region.kelurahanCount} schema={R.kelurahanCount} commit={(kelurahanCount) => patchRegion({ kelurahanCount })} />
      </div>
    </section>
  );
};
