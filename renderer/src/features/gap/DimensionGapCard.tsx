import { GapAnalysisSchema, type Dimension, type GapAnalysis } from '../../../../shared/model';
import type { GapText } from '../../../../shared/logic/gap-analyses';
import { TextCommitField } from '../../forms/TextCommitField';
import type { CommitOutcome } from '../../forms/use-committed-draft';
import { useLanguage, useT } from '../../i18n/i18n-context';
import { CardRoomActions } from '../room/CardRoomActions';
import { GroupGapRows } from './GroupGapRows';

const G = GapAnalysisSchema.shape;

interface Props {
  dimension: Dimension;
  analysis: GapAnalysis | undefined;
  /** The dimension's other gap rows (written by FGD groups), shown under the card. */
  others?: readonly GapAnalysis[];
  write(dimensionId: string, patch: Partial<GapText>): CommitOutcome;
}

/** One dimension's gap analysis: where it stands, where it should go, and what lies between. */
export const DimensionGapCard = ({ dimension, analysis, others = [], write }: Props) => {
  const t = useT();
  const { language } = useLanguage();
  const name = language === 'en' && dimension.nameEn.trim() !== '' ? dimension.nameEn : dimension.nameId;
  const meaning = language === 'en' && dimension.meaningEn.trim() !== '' ? dimension.meaningEn : dimension.meaningId;
  const complete = analysis !== undefined && analysis.currentCondition.trim() !== '' && analysis.targetCondition.trim() !== '';
  const headingId = `gap-${dimension.id}-heading`;
  return (
    <section className={`card gap-card${analysis?.hidden ? ' is-hidden-card' : ''}`} aria-labelledby={headingId}>
      <div className="card-heading-row">
        <h2 id={headingId} className="card-title">
          <span className="gap-code">{dimension.code}</span>
          {name}
        </h2>
        <span className={`chip ${complete ? 'chip-green' : 'chip-amber'}`}>{t(complete ? 'gap.dimension.complete' : 'gap.dimension.incomplete')}</span>
      </div>
      {meaning ? <p className="card-lead">{meaning}</p> : null}
      {analysis && (analysis.groupId || analysis.hidden) ? <CardRoomActions card="gapAnalysis" item={analysis} label={t('gap.groupRows.label', { dimension: name, number: 1 })} /> : null}
      <div className="gap-fields">
        <TextCommitField
          label={t('gap.field.current')}
          hint={t('gap.field.currentHint')}
          stored={analysis?.currentCondition ?? ''}
          schema={G.currentCondition}
          commit={(currentCondition) => write(dimension.id, { currentCondition })}
          multiline
          rows={5}
          maxLength={5000}
        />
        <TextCommitField
          label={t('gap.field.target')}
          hint={t('gap.field.targetHint')}
          stored={analysis?.targetCondition ?? ''}
          schema={G.targetCondition}
          commit={(targetCondition) => write(dimension.id, { targetCondition })}
          multiline
          rows={5}
          maxLength={5000}
        />
        <TextCommitField
          label={t('gap.field.gap')}
          hint={t('gap.field.gapHint')}
          stored={analysis?.gap ?? ''}
          schema={G.gap}
          commit={(gap) => write(dimension.id, { gap })}
          multiline
          rows={5}
          maxLength={5000}
        />
      </div>
      <GroupGapRows rows={others} dimensionName={name} />
    </section>
  );
};
