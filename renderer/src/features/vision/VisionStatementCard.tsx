import type { Vision } from '../../../../shared/model';
import { RichTextEditor } from '../../components/RichTextEditor';
import { useT } from '../../i18n/i18n-context';
import { useVisionCommands } from './use-vision-commands';

/** Rumusan visi and its explanation, both rich text. */
export const VisionStatementCard = ({ vision, readOnly }: { vision: Vision; readOnly: boolean }) => {
  const t = useT();
  const { patchVision } = useVisionCommands();
  return (
    <section className="card form-card" aria-labelledby="vision-statement-heading">
      <h2 id="vision-statement-heading" className="card-title">
        {t('vision.card.statement')}
      </h2>
      <p className="card-lead">{t('vision.card.statement.lead')}</p>
      <div className="vision-editors">
        <RichTextEditor
          label={t('vision.statement.label')}
          value={vision.statement}
          commit={(statement) => patchVision({ statement })}
          readOnly={readOnly}
          rows={3}
          className="vision-statement-editor"
        />
        <RichTextEditor
          label={t('vision.explanation.label')}
          hint={t('vision.explanation.hint')}
          value={vision.explanation}
          commit={(explanation) => patchVision({ explanation })}
          readOnly={readOnly}
          rows={6}
        />
      </div>
    </section>
  );
};
