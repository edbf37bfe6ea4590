import { reviewChapters, reviewChecklistLines, sectionsPerChapter } from '../../../../shared/logic/section-outline';
import { ReviewChecklistItemSchema, type Workshop } from '../../../../shared/model';
import { EditableTable, TextCell } from '../../forms/EditableTable';
import { useT } from '../../i18n/i18n-context';
import { useCommitmentCommands } from './use-commitment-commands';

/** Reviu bab per bab (Tahap IV): a tick and a note per chapter, next to how far its narrative is. */
export const ReviewChecklistCard = ({ workshop }: { workshop: Workshop }) => {
  const t = useT();
  const { patchReview } = useCommitmentCommands();
  const chapters = reviewChapters(workshop);
  const lines = reviewChecklistLines(chapters, workshop.commitment.reviewChecklist);
  const labels = new Map(chapters.map((c) => [c.key, c.label]));
  const narrative = sectionsPerChapter(workshop.sections);
  const done = lines.filter((l) => l.reviewed).length;

  return (
    <section className="card form-card" aria-labelledby="commitment-review-heading">
      <div className="card-heading-row">
        <h2 id="commitment-review-heading" className="card-title">
          {t('commitment.card.review')}
        </h2>
        <span className={`badge ${done === lines.length ? 'review-badge-done' : 'badge-muted'}`} aria-live="polite">
          {t('commitment.review.progress', { done, total: lines.length })}
        </span>
      </div>
      <p className="card-lead">{t('commitment.card.review.lead')}</p>
      <EditableTable
        className="data-table review-table"
        labelledBy="commitment-review-heading"
        columns={[
          { label: t('commitment.review.col.chapter') },
          { label: t('commitment.review.col.reviewed'), className: 'review-col-check' },
          { label: t('commitment.review.col.note') },
          { label: t('commitment.review.col.sections'), className: 'review-col-sections' },
        ]}
      >
        {lines.map((line) => {
          const chapter = labels.get(line.chapterKey) ?? t('commitment.review.other', { key: line.chapterKey });
          const counts = narrative[line.chapterKey];
          const checkId = `reviu-${line.chapterKey}`;
          return (
            <tr key={line.chapterKey} className={line.reviewed ? 'review-done' : undefined}>
              <th scope="row" className="row-title">
                <label htmlFor={checkId}>{chapter}</label>
              </th>
              <td className="review-col-check">
                <input
                  id={checkId}
                  type="checkbox"
                  className="review-check"
                  checked={line.reviewed}
                  aria-label={t('commitment.review.reviewed', { chapter })}
                  onChange={(e) => patchReview(chapters, line.chapterKey, { reviewed: e.target.checked })}
                />
              </td>
              <TextCell
                label={t('commitment.review.note', { chapter })}
                stored={line.note}
                schema={ReviewChecklistItemSchema.shape.note}
                commit={(note) => patchReview(chapters, line.chapterKey, { note })}
                multiline
                rows={1}
                maxLength={2000}
              />
              <td className="review-col-sections">
                {counts ? t('commitment.review.sections', { final: counts.final, sections: counts.sections }) : <span className="muted">{t('commitment.review.noSections')}</span>}
              </td>
            </tr>
          );
        })}
      </EditableTable>
    </section>
  );
};
