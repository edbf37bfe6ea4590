import { useState } from 'react';
import { ProgramCodeSchema, ProgramSchema, type Program, type Workshop } from '../../../../shared/model';
import { nextProgramCode } from '../../../../shared/logic';
import { Dialog } from '../../components/Dialog';
import { Field } from '../../components/Field';
import { firstMessage } from '../../forms/first-message';
import { newItemId } from '../../forms/new-item-id';
import { useT } from '../../i18n/i18n-context';
import type { DispatchResult } from '../../session/workshop-session';
import { refusedField } from './plain-message';
import type { ProgramLookups } from './program-lookups';
import { OpdSelect } from '../../components/OpdSelect';

interface Props {
  workshop: Workshop;
  lookups: ProgramLookups;
  /** Where the dialog starts: the dimension the matrix is filtered to, if any. */
  dimensionId: string | null;
  add(program: Program): DispatchResult;
  onClose(): void;
  onAdded(program: Program): void;
}

type FieldName = 'code' | 'name' | 'form';

/** Tambah program: dimension, element, a generated (editable) code, the name and the lead OPD. */
export const AddProgramDialog = ({ workshop: w, lookups, dimensionId: startDimension, add, onClose, onAdded }: Props) => {
  const t = useT();
  const dimensions = w.dimensionSet.dimensions;
  const firstDimension = dimensions.find((d) => d.id === startDimension) ?? dimensions[0];
  const [dimensionId, setDimensionId] = useState(firstDimension?.id ?? '');
  const [elementId, setElementId] = useState(firstDimension?.elements[0]?.id ?? '');
  const [code, setCode] = useState<string | null>(null);
  const [name, setName] = useState('');
  const [leadOpdId, setLeadOpdId] = useState('');
  const [errors, setErrors] = useState<Partial<Record<FieldName, string>>>({});
  const dimension = dimensions.find((d) => d.id === dimensionId);
  // Until the facilitator types a code, it follows the chosen dimension and element.
  const suggested = nextProgramCode(w, dimensionId, elementId) ?? '';
  const shownCode = code ?? suggested;

  const submit = () => {
    const candidate = ProgramSchema.safeParse({ id: newItemId('prog'), code: shownCode.trim().toUpperCase(), dimensionId, elementId, name, leadOpdId: leadOpdId === '' ? null : leadOpdId });
    if (!candidate.success) {
      const issue = candidate.error.issues[0];
      const field = issue?.path[0] === 'code' ? 'code' : issue?.path[0] === 'name' ? 'name' : 'form';
      setErrors({ [field]: firstMessage(candidate) ?? '' });
      return;
    }
    const result = add(candidate.data);
    if (!result.ok) {
      const field = refusedField(result);
      setErrors({ [field === 'code' || field === 'name' ? field : 'form']: result.message });
      return;
    }
    onAdded(candidate.data);
  };

  return (
    <Dialog
      title={t('programs.add.title')}
      description={t('programs.add.description')}
      onClose={onClose}
      onSubmit={submit}
      actions={
        <>
          <button type="button" className="btn btn-secondary" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="btn btn-primary">
            {t('programs.add.submit')}
          </button>
        </>
      }
    >
      <div className="form-grid form-grid-2">
        <Field label={t('programs.field.dimension')}>
          {({ inputId }) => (
            <select
              id={inputId}
              className="input"
              value={dimensionId}
              onChange={(e) => {
                const next = dimensions.find((d) => d.id === e.target.value);
                setDimensionId(e.target.value);
                setElementId(next?.elements[0]?.id ?? '');
              }}
            >
              {dimensions.map((d) => (
                <option key={d.id} value={d.id}>
                  {lookups.dimension(d.id)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('programs.field.element')}>
          {({ inputId }) => (
            <select id={inputId} className="input" value={elementId} onChange={(e) => setElementId(e.target.value)}>
              {dimension?.elements.map((e) => (
                <option key={e.id} value={e.id}>
                  {e.code} · {lookups.element(e.id)}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <Field label={t('programs.field.code')} hint={t('programs.field.codeHint')} error={errors.code} requiredLabel={t('common.required')}>
        {({ inputId, describedBy, invalid }) => (
          <input
            id={inputId}
            className="input input-code"
            value={shownCode}
            maxLength={24}
            autoComplete="off"
            aria-describedby={describedBy}
            aria-invalid={invalid}
            onChange={(e) => {
              const typed = e.target.value.toUpperCase();
              const clash = w.programs.find((p) => p.code === typed.trim());
              setCode(typed);
              setErrors((all) => ({ ...all, code: firstMessage(ProgramCodeSchema.safeParse(typed)) ?? (clash ? t('programs.codeTaken', { code: clash.code, name: clash.name }) : undefined) }));
            }}
          />
        )}
      </Field>
      <Field label={t('programs.field.name')} error={errors.name} requiredLabel={t('common.required')}>
        {({ inputId, describedBy, invalid }) => (
          <input
            id={inputId}
            className="input"
            autoFocus
            value={name}
            maxLength={320}
            autoComplete="off"
            aria-describedby={describedBy}
            aria-invalid={invalid}
            aria-required="true"
            onChange={(e) => {
              setName(e.target.value);
              setErrors((all) => ({ ...all, name: undefined }));
            }}
          />
        )}
      </Field>
      <Field label={t('programs.field.leadOpd')}>
        {({ inputId }) => (
          <OpdSelect id={inputId} value={leadOpdId === '' ? null : leadOpdId} opds={w.opds} noneLabel={t('programs.field.noOpd')} onChange={(opdId) => setLeadOpdId(opdId ?? '')} />
        )}
      </Field>
      {errors.form ? (
        <p className="form-error" role="alert">
          {errors.form}
        </p>
      ) : null}
    </Dialog>
  );
};
