import { YearSchema, planEndYear, type PlanHorizon, type RegionProfile } from '../../../shared/model';
import { rpjmdHorizonWarning } from '../../../shared/logic';
import { Field } from '../components/Field';
import { Icon } from '../components/Icon';
import { readYear } from './read-values';
import { useCommittedDraft, type CommitOutcome } from './use-committed-draft';
import { useT } from '../i18n/i18n-context';

const LENGTHS = [5, 10] as const;
const sameYear = (a: number, b: number) => a === b;

interface Props {
  horizon: PlanHorizon;
  region: RegionProfile;
  setHorizon(horizon: PlanHorizon): CommitOutcome;
  /** Radio group name; unique per page so two forms never share one group. */
  radioName: string;
  noticeClassName?: string;
}

/**
 * The plan horizon's start year and 5/10-year length, with the RPJMD mismatch warning.
 * Edited on the region profile and again on the roadmap, so both share these fields.
 */
export const PlanHorizonFields = ({ horizon, region, setHorizon, radioName, noticeClassName = '' }: Props) => {
  const t = useT();
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
    <>
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
                <input type="radio" name={radioName} value={years} checked={horizon.years === years} onChange={() => setHorizon({ ...horizon, years })} />
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
        <div className={`notice notice-warning ${noticeClassName}`.trim()} role="status">
          <Icon name="alert" />
          <p>{t('profile.horizon.mismatch', { planStart: horizon.startYear, planEnd: end, rpjmdStart: rpjmd.startYear, rpjmdEnd: rpjmd.endYear })}</p>
        </div>
      ) : null}
    </>
  );
};
