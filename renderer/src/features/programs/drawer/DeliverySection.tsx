import { useState } from 'react';
import { ProgramSchema } from '../../../../../shared/model';
import { NumberCommitField } from '../../../forms/NumberCommitField';
import { TextCommitField } from '../../../forms/TextCommitField';
import { useT } from '../../../i18n/i18n-context';
import type { SectionProps } from './section-props';

const P = ProgramSchema.shape;
const ProgressSchema = P.progress.removeDefault().nullable();

/** Quick win, progres, risiko & mitigasi and catatan pembimbing (fields 20, 22–24). */
export const DeliverySection = ({ program: p, change }: SectionProps) => {
  const t = useT();
  const [quickWinMessage, setQuickWinMessage] = useState<string | null>(null);
  return (
    <section className="drawer-section" aria-labelledby="program-delivery">
      <h3 id="program-delivery" className="drawer-section-title">
        {t('programs.section.delivery')}
      </h3>
      <div className="form-grid form-grid-2">
        <div className="field">
          <label className="checkbox-option checkbox-large">
            <input
              type="checkbox"
              className="checkbox"
              checked={p.quickWin}
              onChange={(e) => {
                const outcome = change({ quickWin: e.target.checked });
                setQuickWinMessage(outcome.ok ? null : outcome.message);
              }}
            />
            <span>{t('programs.field.quickWin')}</span>
          </label>
          <p className={`field-message${quickWinMessage ? ' is-error' : ''}`} aria-live="polite">
            {quickWinMessage}
          </p>
        </div>
        <NumberCommitField label={t('programs.field.progress')} stored={p.progress} schema={ProgressSchema} commit={(progress) => change({ progress: progress ?? 0 })} />
      </div>
      <TextCommitField label={t('programs.field.risks')} stored={p.risks} schema={P.risks.removeDefault()} commit={(risks) => change({ risks })} multiline rows={2} maxLength={5000} />
      <TextCommitField label={t('programs.field.mitigation')} stored={p.mitigation} schema={P.mitigation.removeDefault()} commit={(mitigation) => change({ mitigation })} multiline rows={2} maxLength={5000} />
      <TextCommitField label={t('programs.field.mentorNotes')} stored={p.mentorNotes} schema={P.mentorNotes.removeDefault()} commit={(mentorNotes) => change({ mentorNotes })} multiline rows={3} maxLength={5000} />
    </section>
  );
};
