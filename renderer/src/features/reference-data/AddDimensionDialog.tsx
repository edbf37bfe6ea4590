import { Dialog } from '../../components/Dialog';
import { FormDialogActions } from '../../components/FormDialogActions';
import { FormError } from '../../components/FormError';
import { newItemId } from '../../forms/new-item-id';
import { useT } from '../../i18n/i18n-context';
import { DialogTextField } from './DialogTextField';
import { useAddForm } from './form-state';
import { DIMENSION_FIELDS, ELEMENT_FIELDS } from './typed-fields';
import { useReferenceCommands } from './use-reference-commands';

const SCHEMAS = {
  code: DIMENSION_FIELDS.code,
  nameId: DIMENSION_FIELDS.nameId,
  nameEn: DIMENSION_FIELDS.nameEn,
  elementCode: ELEMENT_FIELDS.code,
  elementName: ELEMENT_FIELDS.nameId,
};

/** "Tambah dimensi": a region's own dimension (e.g. Smart Maritime), which needs its first element. */
export const AddDimensionDialog = ({ onClose }: { onClose(): void }) => {
  const t = useT();
  const commands = useReferenceCommands();
  const form = useAddForm(SCHEMAS, { code: '', nameId: '', nameEn: '', elementCode: '', elementName: '' });

  const submit = () => {
    const v = form.parse();
    if (!v) return;
    const outcome = commands.addDimension({
      id: newItemId('dimensi'),
      code: v.code,
      nameId: v.nameId,
      nameEn: v.nameEn,
      meaningId: '',
      meaningEn: '',
      elements: [{ id: newItemId('elemen'), code: v.elementCode, nameId: v.elementName, nameEn: '', meaningId: '', meaningEn: '' }],
    });
    if (outcome.ok) onClose();
    else form.refuse(outcome.message, outcome.field, (path) => (path === 'item.code' ? 'code' : path.endsWith('.code') ? 'elementCode' : undefined));
  };

  return (
    <Dialog
      title={t('reference-data.dimension.addTitle')}
      description={t('reference-data.dimension.addDescription')}
      onClose={onClose}
      onSubmit={submit}
      actions={<FormDialogActions submitLabel={t('reference-data.dimension.addSubmit')} onCancel={onClose} />}
    >
      <DialogTextField label={t('reference-data.code')} hint={t('reference-data.code.hint')} value={form.values.code} error={form.errors.code} onChange={(v) => form.change('code', v)} required autoFocus maxLength={6} />
      <DialogTextField label={t('reference-data.dimension.name')} value={form.values.nameId} error={form.errors.nameId} onChange={(v) => form.change('nameId', v)} required maxLength={200} />
      <DialogTextField label={t('reference-data.nameEn')} value={form.values.nameEn} error={form.errors.nameEn} onChange={(v) => form.change('nameEn', v)} maxLength={200} />
      <fieldset className="fieldset ref-first-element">
        <legend className="field-label">{t('reference-data.dimension.firstElement')}</legend>
        <DialogTextField label={t('reference-data.element.code')} value={form.values.elementCode} error={form.errors.elementCode} onChange={(v) => form.change('elementCode', v)} required maxLength={6} />
        <DialogTextField label={t('reference-data.element.name')} value={form.values.elementName} error={form.errors.elementName} onChange={(v) => form.change('elementName', v)} required maxLength={200} />
      </fieldset>
      <FormError message={form.errors.form} />
    </Dialog>
  );
};
