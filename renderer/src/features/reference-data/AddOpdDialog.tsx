import { useState } from 'react';
import { defaultOpdHeadTitle, kindFromName } from '../../../../shared/logic/region-facts';
import type { OpdKind } from '../../../../shared/model';
import { Dialog } from '../../components/Dialog';
import { Field } from '../../components/Field';
import { FormDialogActions } from '../../components/FormDialogActions';
import { FormError } from '../../components/FormError';
import { newItemId } from '../../forms/new-item-id';
import { useT } from '../../i18n/i18n-context';
import { useWorkshop } from '../../session/session-context';
import { DialogTextField } from './DialogTextField';
import { useAddForm } from './form-state';
import { OpdGroupSelect, OpdKindSelect } from './OpdFactSelects';
import { OPD_FIELDS } from './typed-fields';
import { useReferenceCommands } from './use-reference-commands';

const SCHEMAS = { abbreviation: OPD_FIELDS.abbreviation, name: OPD_FIELDS.name, role: OPD_FIELDS.role, headTitle: OPD_FIELDS.headTitle, representativeTitle: OPD_FIELDS.representativeTitle };

/**
 * "Tambah OPD": an office of the region that is not in the default list, with what the Bimtek record needs of it
 * (kind, head's and representative's titles, FGD group), optional and with the same controls as its table row.
 */
export const AddOpdDialog = ({ onClose }: { onClose(): void }) => {
  const t = useT();
  const commands = useReferenceCommands();
  const { groups } = useWorkshop();
  const form = useAddForm(SCHEMAS, { abbreviation: '', name: '', role: '', headTitle: '', representativeTitle: '' });
  const [kind, setKind] = useState<OpdKind | null>(null);
  const [groupId, setGroupId] = useState<string | null>(null);
  const readKind = kindFromName({ name: form.values.name, abbreviation: form.values.abbreviation });

  const submit = () => {
    const v = form.parse();
    if (!v) return;
    const outcome = commands.addOpd({ id: newItemId('opd'), ...v, kind, groupId });
    if (outcome.ok) onClose();
    else form.refuse(outcome.message, outcome.field, (path) => (path.endsWith('abbreviation') ? 'abbreviation' : path.endsWith('name') ? 'name' : path.endsWith('headTitle') ? 'headTitle' : path.endsWith('representativeTitle') ? 'representativeTitle' : undefined));
  };

  return (
    <Dialog
      title={t('reference-data.opd.addTitle')}
      onClose={onClose}
      onSubmit={submit}
      actions={<FormDialogActions submitLabel={t('reference-data.opd.addSubmit')} onCancel={onClose} />}
    >
      <div className="ref-opd-add-names">
        <DialogTextField
          label={t('reference-data.opd.abbreviation')}
          hint={t('reference-data.opd.abbreviation.hint')}
          placeholder={t('reference-data.opd.abbreviation.placeholder')}
          value={form.values.abbreviation}
          error={form.errors.abbreviation}
          onChange={(v) => form.change('abbreviation', v)}
          required
          autoFocus
          maxLength={40}
        />
        <DialogTextField label={t('reference-data.opd.name')} hint={t('reference-data.opd.name.hint')} value={form.values.name} error={form.errors.name} onChange={(v) => form.change('name', v)} required maxLength={200} />
      </div>
      <DialogTextField label={t('reference-data.opd.role')} value={form.values.role} error={form.errors.role} onChange={(v) => form.change('role', v)} maxLength={500} multiline rows={2} />
      <fieldset className="fieldset ref-opd-add-facts">
        <legend className="field-label">{t('reference-data.opd.addFacts')}</legend>
        <Field label={t('reference-data.opd.kind')}>{({ inputId }) => <OpdKindSelect id={inputId} kind={kind} kindFromName={readKind} onChange={setKind} />}</Field>
        <Field label={t('reference-data.opd.group')}>{({ inputId }) => <OpdGroupSelect id={inputId} groups={groups} groupId={groupId} onChange={setGroupId} />}</Field>
        <DialogTextField label={t('reference-data.opd.headTitle')} value={form.values.headTitle} error={form.errors.headTitle} onChange={(v) => form.change('headTitle', v)} placeholder={defaultOpdHeadTitle(kind ?? readKind)} maxLength={120} />
        <DialogTextField label={t('reference-data.opd.representative')} value={form.values.representativeTitle} error={form.errors.representativeTitle} onChange={(v) => form.change('representativeTitle', v)} placeholder={t('reference-data.opd.representative.placeholder')} maxLength={200} />
      </fieldset>
      <FormError message={form.errors.form} />
    </Dialog>
  );
};
