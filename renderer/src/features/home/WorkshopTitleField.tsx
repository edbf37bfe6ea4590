import { WorkshopTitleSchema } from '../../../../shared/model';
import { Field } from '../../components/Field';
import { firstMessage } from '../../forms/first-message';
import { useT } from '../../i18n/i18n-context';

/** Why a typed workshop title cannot be saved ("Judul lokakarya wajib diisi"), or undefined. */
export const titleProblem = (title: string): string | undefined => firstMessage(WorkshopTitleSchema.safeParse(title));

interface Props {
  value: string;
  hint?: string;
  error: string | null | undefined;
  onChange(title: string): void;
  onBlur(): void;
  /** Selects the whole title on focus, for a rename that usually replaces it. */
  selectOnFocus?: boolean;
}

/** "Judul lokakarya": the first field of the create and rename dialogs, focused when they open. */
export const WorkshopTitleField = ({ value, hint, error, onChange, onBlur, selectOnFocus }: Props) => {
  const t = useT();
  return (
    <Field label={t('home.create.workshopTitle')} hint={hint} error={error} requiredLabel={t('common.required')}>
      {({ inputId, describedBy, invalid }) => (
        <input
          id={inputId}
          className="input"
          autoFocus
          value={value}
          maxLength={220}
          aria-describedby={describedBy}
          aria-invalid={invalid}
          aria-required="true"
          onFocus={selectOnFocus ? (e) => e.target.select() : undefined}
          onChange={(e) => onChange(e.target.value)}
          onBlur={onBlur}
        />
      )}
    </Field>
  );
};
