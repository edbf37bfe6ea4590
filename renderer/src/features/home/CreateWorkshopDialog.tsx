import { useState } from 'react';
import { RegionProfileSchema, WorkshopTitleSchema, type RegionKind, type WorkshopSummary } from '../../../../shared/model';
import { isApiError, messageOf } from '../../api/api-error';
import { useApi } from '../../api/api-context';
import { Dialog } from '../../components/Dialog';
import { Field } from '../../components/Field';
import { useT } from '../../i18n/i18n-context';
import { firstMessage } from '../../forms/first-message';

interface Props {
  onClose(): void;
  onCreated(summary: WorkshopSummary): void;
}

type Errors = { title?: string | undefined; regionName?: string | undefined; form?: string | undefined };

const validate = (title: string, regionName: string): Errors => ({
  title: firstMessage(WorkshopTitleSchema.safeParse(title)),
  regionName: firstMessage(RegionProfileSchema.shape.name.safeParse(regionName)),
});

export const CreateWorkshopDialog = ({ onClose, onCreated }: Props) => {
  const t = useT();
  const api = useApi();
  const [title, setTitle] = useState('');
  const [regionName, setRegionName] = useState('');
  const [regionKind, setRegionKind] = useState<RegionKind>('kabupaten');
  const [touched, setTouched] = useState({ title: false, regionName: false });
  const [submitted, setSubmitted] = useState(false);
  const [serverErrors, setServerErrors] = useState<Errors>({});
  const [busy, setBusy] = useState(false);

  const errors = validate(title, regionName);
  const show = (field: 'title' | 'regionName') => (submitted || touched[field] ? (errors[field] ?? serverErrors[field]) : serverErrors[field]);

  const submit = async () => {
    setSubmitted(true);
    if (errors.title || errors.regionName || busy) return;
    setBusy(true);
    try {
      const summary = await api['workshops.create']({ title: title.trim(), regionName: regionName.trim(), regionKind });
      onCreated(summary);
    } catch (error) {
      const field = isApiError(error) ? error.field : undefined;
      setServerErrors(field === 'title' || field === 'regionName' ? { [field]: messageOf(error) } : { form: messageOf(error) });
      setBusy(false);
    }
  };

  return (
    <Dialog
      title={t('home.create.title')}
      description={t('home.create.description')}
      onClose={onClose}
      onSubmit={() => void submit()}
      actions={
        <>
          <button type="button" className="btn btn-secondary" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="btn btn-primary" disabled={busy}>
            {busy ? t('common.working') : t('home.create.submit')}
          </button>
        </>
      }
    >
      <Field label={t('home.create.workshopTitle')} hint={t('home.create.workshopTitleHint')} error={show('title')} requiredLabel={t('common.required')}>
        {({ inputId, describedBy, invalid }) => (
          <input
            id={inputId}
            className="input"
            autoFocus
            value={title}
            maxLength={220}
            aria-describedby={describedBy}
            aria-invalid={invalid}
            aria-required="true"
            onChange={(e) => {
              setTitle(e.target.value);
              setServerErrors({});
            }}
            onBlur={() => setTouched((s) => ({ ...s, title: true }))}
          />
        )}
      </Field>
      <fieldset className="fieldset">
        <legend className="field-label">{t('region.kind')}</legend>
        <div className="radio-row">
          {(['kabupaten', 'kota'] as const).map((kind) => (
            <label key={kind} className="radio">
              <input type="radio" name="regionKind" value={kind} checked={regionKind === kind} onChange={() => setRegionKind(kind)} />
              <span>{t(kind === 'kota' ? 'region.kind.kota' : 'region.kind.kabupaten')}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <Field label={t('home.create.regionName')} hint={t('home.create.regionNameHint')} error={show('regionName')}>
        {({ inputId, describedBy, invalid }) => (
          <input
            id={inputId}
            className="input"
            value={regionName}
            maxLength={140}
            aria-describedby={describedBy}
            aria-invalid={invalid}
            onChange={(e) => {
              setRegionName(e.target.value);
              setServerErrors({});
            }}
            onBlur={() => setTouched((s) => ({ ...s, regionName: true }))}
          />
        )}
      </Field>
      {serverErrors.form ? (
        <p className="form-error" role="alert">
          {serverErrors.form}
        </p>
      ) : null}
    </Dialog>
  );
};
