import { RegionProfileSchema, type RegionKind, type RegionProfile } from '../../../../shared/model';
import { TextCommitField } from '../../forms/TextCommitField';
import { useT } from '../../i18n/i18n-context';
import { LogoField } from './LogoField';
import { useRegionCommands } from './use-region-commands';

const HEAD_TITLE: Record<RegionKind, string> = { kabupaten: 'Bupati', kota: 'Wali Kota' };
const R = RegionProfileSchema.shape;

export const IdentitySection = ({ region, readOnly }: { region: RegionProfile; readOnly: boolean }) => {
  const t = useT();
  const { patchRegion } = useRegionCommands();

  const changeKind = (kind: RegionKind) => {
    // The head's title follows the kind unless the facilitator wrote another one.
    const followsKind = region.regionalHead.title === '' || region.regionalHead.title === HEAD_TITLE[region.kind];
    patchRegion(followsKind ? { kind, regionalHead: { ...region.regionalHead, title: HEAD_TITLE[kind] } } : { kind });
  };

  return (
    <section className="card form-card" aria-labelledby="identity-heading">
      <h2 id="identity-heading" className="card-title">
        {t('profile.section.identity')}
      </h2>
      <div className="form-grid">
        <TextCommitField label={t('profile.name')} stored={region.name} schema={R.name} commit={(name) => patchRegion({ name })} maxLength={140} />
        <fieldset className="fieldset field" disabled={readOnly}>
          <legend className="field-label">{t('region.kind')}</legend>
          <div className="radio-row">
            {(['kabupaten', 'kota'] as const).map((kind) => (
              <label key={kind} className="radio">
                <input type="radio" name="region-kind" value={kind} checked={region.kind === kind} onChange={() => changeKind(kind)} />
                <span>{t(kind === 'kota' ? 'region.kind.kota' : 'region.kind.kabupaten')}</span>
              </label>
            ))}
          </div>
        </fieldset>
        <TextCommitField label={t('profile.province')} stored={region.province} schema={R.province} commit={(province) => patchRegion({ province })} maxLength={140} />
      </div>
      <LogoField logo={region.logo} regionName={region.name} commit={(logo) => patchRegion({ logo })} disabled={readOnly} />
    </section>
  );
};
