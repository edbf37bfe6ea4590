/** A refusal that belongs to no single field, announced when it appears. */
export const FormError = ({ message }: { message: string | null | undefined }) =>
  message ? (
    <p className="form-error" role="alert">
      {message}
    </p>
  ) : null;
