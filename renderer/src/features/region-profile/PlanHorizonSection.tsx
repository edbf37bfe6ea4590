import { YearSchema, planEndYear, type PlanHorizon, type RegionProfile } from '../../../../shared/model';
import { rpjmdHorizonWarning } from '../../../../shared/logic';
import { Field } from '../../components/Field';
import { Icon } from '../../components/Icon';
import { readYear } from '../../forms/read-values';
import { useCommittedDraft } from '../../forms/use-committed-draft';
import { useT } from '../../i18n/i18n-context';
import { useRegionCommands } from './use-region-commands';

const LENGTHS = [5, 10] as const;
const sameYear = (a: number, b: number) => a === b;

/** Horizon rencana: when the masterplan starts and whether it runs 5 or 10 years. */
export const PlanHorizonSection = ({ horizon, region }: { horizon: PlanHorizon; region: RegionProfile }) => {
  const t = useT();
  const { setHorizon } = useRegionCommands();
  const startYear = useCommittedDraft({
    stored: horizon.startYear,
    toText: String,
    read: readYear(YearSchema, { notANumber: t('form.notAYear'), required: t('profile.horizon.startRequired') }),
    equals: sameYear,
    commit: (year) => setHorizon({ ...horizon, startYear: year }),
  });
  const end = planEndYear(horizon);
  const rpjmd = region.rpjmdPeriod;
  // The rule lives in shared/logic; the words are the renderer's, so they follow the language switch.
  const mismatch = rpjmd !== null && rpjmdHorizonWarning(region, horizon) !== null;

  return (
    <section className="card form-card" aria-labelledby="horizon-heading">
      <h2 id="horizon-heading" className="card-title">
        {t('profile.section.horizon')}
      </h2>
      <p className="card-lead">{t('profile.section.horizon.lead')}</p>
      <div className="form-grid form-grid-3">
        <Field label={t('profile.horizon.start')} error={startYear.message} className="field-year">
          {({ inputId, describedBy, invalid }) => (
            <input
              id={inputId}
              className="input input-year"
              inputMode="numeric"
              autoComplete="off"
              maxLength={4}
              value={startYear.text}
              aria-describedby={describedBy}
              aria-invalid={invalid}
              onChange={(e) => startYear.change(e.target.value)}
              onBlur={startYear.blur}
              onKeyDown={(e) => {
                if (e.key === 'Enter') startYear.flush();
              }}
            />
          )}
        </Field>
        <fieldset className="fieldset field">
          <legend className="field-label">{t('profile.horizon.length')}</legend>
          <div className="radio-row">
            {LENGTHS.map((years) => (
              <label key={years} className="radio">
                <input type="radio" name="horizon-years" value={years} checked={horizon.years === years} onChange={() => setHorizon({ ...horizon, years })} />
                <span>{t('profile.horizon.years', { years })}</span>
              </label>
            ))}
          </div>
        </fieldset>
        <div className="field">
          <span className="field-label">{t('profile.horizon.range')}</span>
          <p className="horizon-range" aria-live="polite">
            {horizon.startYear}–{end}
          </p>
        </div>
      </div>
      {mismatch ? (
        <div className="notice notice-warning" role="status">
          <Icon name="alert" />
          <p>{t('profile.horizon.mismatch', { planStart: horizon.startYear, planEnd: end, rpjmdStart: rpjmd.startYear, rpjmdEnd: rpjmd.endYear })}</p>
        </div>
      ) : null}
    </section>
  );
};
