import { memo, useState } from 'react';
import { InnovationTypeSchema, ProgramSchema, type Program } from '../../../../shared/model';
import { InlineTextCommitField } from '../../forms/InlineTextCommitField';
import type { Translate } from '../../i18n/i18n-context';
import type { DispatchResult } from '../../session/workshop-session';

const DescriptionSchema = ProgramSchema.shape.innovationDescription.removeDefault();
const NONE = '';

interface Props {
  program: Program;
  leadOpd: string | null;
  t: Translate;
  update(programId: string, change: (latest: Program) => Program): DispatchResult;
}

/** One program's innovation: its kind (saved on change) and a description (saved after a pause). */
export const InnovationRow = memo(function InnovationRow({ program: p, leadOpd, t, update }: Props) {
  const [typeMessage, setTypeMessage] = useState<string | null>(null);
  return (
    <tr>
      <td className="code">{p.code}</td>
      <th scope="row" className="row-title">
        {p.name}
        {leadOpd ? <span className="row-detail">{leadOpd}</span> : null}
      </th>
      <td>
        <select
          className="input inline-input"
          aria-label={t('innovation.typeOf', { code: p.code })}
          value={p.innovationType ?? NONE}
          aria-invalid={typeMessage !== null}
          onChange={(e) => {
            const innovationType = e.target.value === NONE ? null : InnovationTypeSchema.parse(e.target.value);
            const outcome = update(p.id, (latest) => ({ ...latest, innovationType }));
            setTypeMessage(outcome.ok ? null : outcome.message);
          }}
        >
          <option value={NONE}>{t('innovation.none')}</option>
          {InnovationTypeSchema.options.map((type) => (
            <option key={type} value={type}>
              {t(`innovation.${type}`)}
            </option>
          ))}
        </select>
        {typeMessage ? (
          <p className="field-message is-error" role="alert">
            {typeMessage}
          </p>
        ) : null}
      </td>
      <td>
        <InlineTextCommitField
          label={t('innovation.descriptionOf', { code: p.code })}
          stored={p.innovationDescription}
          schema={DescriptionSchema}
          commit={(innovationDescription) => update(p.id, (latest) => ({ ...latest, innovationDescription }))}
          multiline
          rows={2}
          maxLength={10_000}
          placeholder={t('innovation.descriptionPlaceholder')}
        />
      </td>
    </tr>
  );
});
