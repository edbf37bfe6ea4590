import type { Dimension } from '../../../../shared/model';
import { Dialog } from '../../components/Dialog';
import { FormDialogActions } from '../../components/FormDialogActions';
import { FormError } from '../../components/FormError';
import { newItemId } from '../../forms/new-item-id';
import { useT } from '../../i18n/i18n-context';
import { DialogTextField } from './DialogTextField';
import { useAddForm } from './form-state';
import { ELEMENT_FIELDS } from './typed-fields';
import { useReferenceCommands } from './use-reference-commands';

const SCHEMAS = { code: ELEMENT_FIELDS.code, nameId: ELEMENT_FIELDS.nameId, nameEn: ELEMENT_FIELDS.nameEn };

/** "Tambah elemen": a new element for one dimension, with a code unique inside it. */
export const AddElementDialog = ({ dimension, onClose }: { dimension: Dimension; onClose(): void }) => {
  const t = useT();
  const commands = useReferenceCommands();
  const form = useAddForm(SCHEMAS, { code: '', nameId: '', nameEn: '' });

  const submit = () => {
    const values = form.parse();
    if (!values) return;
    const outcome = commands.addElement(dimension.id, { id: newItemId('elemen'), ...values, meaningId: '', meaningEn: '' });
    if (outcome.ok) onClose();
    else form.refuse(outcome.message, outcome.field, (path) => (path.endsWith('.code') ? 'code' : undefined));
  };

  return (
    <Dialog
      title={t('reference-data.element.addTitle', { dimension: dimension.nameId })}
      onClose={onClose}
      onSubmit={submit}
      actions={<FormDialogActions submitLabel={t('reference-data.element.addSubmit')} onCancel={onClose} />}
    >
      <DialogTextField label={t('reference-data.code')} hint={t('reference-data.code.hint')} value={form.values.code} error={form.errors.code} onChange={(v) => form.change('code', v)} required autoFocus maxLength={6} />
      <DialogTextField label={t('reference-data.element.name')} value={form.values.nameId} error={form.errors.nameId} onChange={(v) => form.change('nameId', v)} required maxLength={200} />
      <DialogTextField label={t('reference-data.nameEn')} value={form.values.nameEn} error={form.errors.nameEn} onChange={(v) => form.change('nameEn', v)} maxLength={200} />
      <FormError message={form.errors.form} />
    </Dialog>
  );
};
