import { z } from 'zod';
import { RegionProfileSchema, type RegionProfile } from '../../../../shared/model';
import { Field } from '../../components/Field';
import { NumberCommitField } from '../../forms/NumberCommitField';
import { TextCommitField } from '../../forms/TextCommitField';
import { useT } from '../../i18n/i18n-context';
import { useRegionCommands } from './use-region-commands';

const R = RegionProfileSchema.shape;

/** One kecamatan per line, blank lines ignored. */
const kecamatanLines = (text: string): string[] => text.split(/\r?\n/).map((line) => line.trim()).filter((line) => line !== '');
/** The list typed one name per line, checked like the model checks it (no name twice) and stored one per line. */
const KecamatanText = z
  .string()
  .transform(kecamatanLines)
  .pipe(R.kecamatan.removeDefault())
  .transform((names) => names.join('\n'));

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
        <NumberCommitField label={t('profile.populationYear')} stored={region.populationYear} schema={R.populationYear} commit={(populationYear) => patchRegion({ populationYear })} year />
        <NumberCommitField label={t('profile.area')} stored={region.areaKm2} schema={R.areaKm2} commit={(areaKm2) => patchRegion({ areaKm2 })} decimals />
        {region.kecamatan.length > 0 ? (
          <Field label={t('profile.kecamatan')} hint={t('profile.kecamatan.derived', { count: region.kecamatan.length })}>
            {({ inputId, describedBy }) => <input id={inputId} className="input input-number" value={region.kecamatan.length} readOnly aria-describedby={describedBy} />}
          </Field>
        ) : (
          <NumberCommitField label={t('profile.kecamatan')} stored={region.kecamatanCount} schema={R.kecamatanCount} commit={(kecamatanCount) => patchRegion({ kecamatanCount })} />
        )}
        <NumberCommitField label={t('profile.desa')} stored={region.desaCount} schema={R.desaCount} commit={(desaCount) => patchRegion({ desaCount })} />
        <NumberCommitField label={t('profile.kelurahan')} stored={region.kelurahanCount} schema={R.kelurahanCount} commit={(kelurahanCount) => patchRegion({ kelurahanCount })} />
      </div>
      <TextCommitField
        label={t('profile.kecamatanList')}
        hint={t('profile.kecamatanList.hint')}
        stored={region.kecamatan.join('\n')}
        schema={KecamatanText}
        commit={(text) => patchRegion({ kecamatan: kecamatanLines(text) })}
        multiline
        rows={4}
      />
    </section>
  );
};
