import { RegionProfileSchema, type RegionKind, type RegionProfile } from '../../../../shared/model';
import { defaultDeputyTitle } from '../../../../shared/logic/region-facts';
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
    // So does the deputy's: an entered "Wakil Bupati" is emptied, to read "Wakil Wali Kota" from the kind.
    const head = region.regionalHead;
    const followsKind = head.title === '' || head.title === HEAD_TITLE[region.kind];
    const deputyFollows = head.deputyTitle === defaultDeputyTitle(region.kind);
    if (!followsKind && !deputyFollows) patchRegion({ kind });
    else patchRegion({ kind, regionalHead: { ...head, ...(followsKind ? { title: HEAD_TITLE[kind] } : {}), ...(deputyFollows ? { deputyTitle: '' } : {}) } });
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
        <TextCommitField label={t('profile.code')} hint={t('profile.code.hint')} stored={region.code} schema={R.code} commit={(code) => patchRegion({ code })} maxLength={5} />
        <TextCommitField label={t('profile.capital')} hint={t('profile.capital.hint')} stored={region.capital} schema={R.capital} commit={(capital) => patchRegion({ capital })} maxLength={120} />
        <TextCommitField label={t('profile.motto')} hint={t('profile.motto.hint')} stored={region.motto} schema={R.motto} commit={(motto) => patchRegion({ motto })} maxLength={200} />
      </div>
      <LogoField logo={region.logo} regionName={region.name} commit={(logo) => patchRegion({ logo })} disabled={readOnly} />
    </section>
  );
};
