import { Dialog } from '../../components/Dialog';
import { FormDialogActions } from '../../components/FormDialogActions';
import { FormError } from '../../components/FormError';
import { newItemId } from '../../forms/new-item-id';
import { useT } from '../../i18n/i18n-context';
import { DialogTextField } from './DialogTextField';
import { useAddForm } from './form-state';
import { OPD_FIELDS } from './typed-fields';
import { useReferenceCommands } from './use-reference-commands';

const SCHEMAS = { abbreviation: OPD_FIELDS.abbreviation, name: OPD_FIELDS.name, role: OPD_FIELDS.role };

/** "Tambah OPD": an office of the region that is not in the default list. */
export const AddOpdDialog = ({ onClose }: { onClose(): void }) => {
  const t = useT();
  const commands = useReferenceCommands();
  const form = useAddForm(SCHEMAS, { abbreviation: '', name: '', role: '' });

  const submit = () => {
    const v = form.parse();
    if (!v) return;
    const outcome = commands.addOpd({ id: newItemId('opd'), ...v, kind: null, headTitle: '', representativeTitle: '', groupId: null });
    if (outcome.ok) onClose();
    else form.refuse(outcome.message, outcome.field, (path) => (path.endsWith('abbreviation') ? 'abbreviation' : path.endsWith('name') ? 'name' : undefined));
  };

  return (
    <Dialog
      title={t('reference-data.opd.addTitle')}
      onClose={onClose}
      onSubmit={submit}
      actions={<FormDialogActions submitLabel={t('reference-data.opd.addSubmit')} onCancel={onClose} />}
    >
      <DialogTextField label={t('reference-data.opd.abbreviation')} hint={t('reference-data.opd.abbreviation.hint')} value={form.values.abbreviation} error={form.errors.abbreviation} onChange={(v) => form.change('abbreviation', v)} required autoFocus maxLength={40} />
      <DialogTextField label={t('reference-data.opd.name')} value={form.values.name} error={form.errors.name} onChange={(v) => form.change('name', v)} required maxLength={200} />
      <DialogTextField label={t('reference-data.opd.role')} value={form.values.role} error={form.errors.role} onChange={(v) => form.change('role', v)} maxLength={500} multiline />
      <FormError message={form.errors.form} />
    </Dialog>
  );
};
