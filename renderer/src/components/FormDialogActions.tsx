import { useT } from '../i18n/i18n-context';

interface Props {
  submitLabel: string;
  onCancel(): void;
  /** While the request runs the submit button is off and says "Memproses…". */
  busy?: boolean;
}

/** The buttons of a dialog that is a form (Dialog with onSubmit): "Batal", then the submit button. */
export const FormDialogActions = ({ submitLabel, onCancel, busy }: Props) => {
  const t = useT();
  return (
    <>
      <button type="button" className="btn btn-secondary" onClick={onCancel}>
        {t('common.cancel')}
      </button>
      <button type="submit" className="btn btn-primary" disabled={busy}>
        {busy ? t('common.working') : submitLabel}
      </button>
    </>
  );
};
