import { useState } from 'react';
import { RegionProfileSchema, type RegionKind, type WorkshopSummary } from '../../../../shared/model';
import { isApiError, messageOf } from '../../api/api-error';
import { useApi } from '../../api/api-context';
import { Dialog } from '../../components/Dialog';
import { Field } from '../../components/Field';
import { FormDialogActions } from '../../components/FormDialogActions';
import { FormError } from '../../components/FormError';
import { useT } from '../../i18n/i18n-context';
import { firstMessage } from '../../forms/first-message';
import { useRequest } from './use-request';
import { titleProblem, WorkshopTitleField } from './WorkshopTitleField';

interface Props {
  onClose(): void;
  onCreated(summary: WorkshopSummary): void;
}

type Errors = { title?: string | undefined; regionName?: string | undefined; form?: string | undefined };

const validate = (title: string, regionName: string): Errors => ({
  title: titleProblem(title),
  regionName: firstMessage(RegionProfileSchema.shape.name.safeParse(regionName)),
});

export const CreateWorkshopDialog = ({ onClose, onCreated }: Props) => {
  const t = useT();
  const api = useApi();
  const request = useRequest();
  const [title, setTitle] = useState('');
  const [regionName, setRegionName] = useState('');
  const [regionKind, setRegionKind] = useState<RegionKind>('kabupaten');
  const [touched, setTouched] = useState({ title: false, regionName: false });
  const [submitted, setSubmitted] = useState(false);
  const [serverErrors, setServerErrors] = useState<Errors>({});

  const errors = validate(title, regionName);
  const show = (field: 'title' | 'regionName') => (submitted || touched[field] ? (errors[field] ?? serverErrors[field]) : serverErrors[field]);

  const submit = () => {
    setSubmitted(true);
    if (errors.title || errors.regionName) return;
    void request.run(() => api['workshops.create']({ title: title.trim(), regionName: regionName.trim(), regionKind }), onCreated, (error) => {
      const field = isApiError(error) ? error.field : undefined;
      setServerErrors(field === 'title' || field === 'regionName' ? { [field]: messageOf(error) } : { form: messageOf(error) });
    });
  };

  return (
    <Dialog
      title={t('home.create.title')}
      description={t('home.create.description')}
      onClose={onClose}
      onSubmit={submit}
      actions={<FormDialogActions submitLabel={t('home.create.submit')} onCancel={onClose} busy={request.busy} />}
    >
      <WorkshopTitleField
        value={title}
        hint={t('home.create.workshopTitleHint')}
        error={show('title')}
        onChange={(text) => {
          setTitle(text);
          setServerErrors({});
        }}
        onBlur={() => setTouched((s) => ({ ...s, title: true }))}
      />
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
      <FormError message={serverErrors.form} />
    </Dialog>
  );
};
