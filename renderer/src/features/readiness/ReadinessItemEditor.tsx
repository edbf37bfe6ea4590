import { useMemo } from 'react';
import { trafficLight } from '../../../../shared/logic';
import { ReadinessItemSchema, type Opd, type ReadinessItem } from '../../../../shared/model';
import { ChoiceGroup } from '../../components/ChoiceGroup';
import { Field } from '../../components/Field';
import { Icon } from '../../components/Icon';
import { OpdSelect } from '../../components/OpdSelect';
import { TextCommitField } from '../../forms/TextCommitField';
import type { CommitOutcome } from '../../forms/use-committed-draft';
import { useT } from '../../i18n/i18n-context';
import { SCORES, scoreChoices, swotChoices } from './score-choices';
import type { ReadinessPatch } from './use-readiness-commands';

const S = ReadinessItemSchema.shape;

interface Props {
  item: ReadinessItem;
  position: number;
  pillarName: string;
  opds: readonly Opd[];
  update(id: string, patch: ReadinessPatch): CommitOutcome;
  remove(item: ReadinessItem): void;
}

/** One readiness item, edited where it stands: name, indicator, evidence, score, SWOT tag and OPD. */
export const ReadinessItemEditor = ({ item, position, pillarName, opds, update, remove }: Props) => {
  const t = useT();
  const scores = useMemo(() => scoreChoices(t), [t]);
  const tags = useMemo(() => swotChoices(t), [t]);
  const light = item.score === null ? 'none' : trafficLight(item.score);
  const level = SCORES.find((score) => score === item.score);
  return (
    <li className={`readiness-item is-${light}`} tabIndex={-1} data-item-id={item.id}>
      <fieldset className="fieldset readiness-item-fields">
        <legend className="visually-hidden">{t('readiness.item.legend', { pillar: pillarName, n: position, title: item.title })}</legend>
        {/* One line that wraps (and grows) when the name is long, so the whole name stays readable. */}
        <TextCommitField
          className="readiness-item-title"
          label={t('readiness.item.title')}
          stored={item.title}
          schema={S.title}
          commit={(title) => update(item.id, { title })}
          multiline
          rows={1}
          maxLength={300}
        />
        <div className="readiness-score-cell">
          <ChoiceGroup legend={t('readiness.item.score')} choices={scores} value={item.score} onChange={(score) => update(item.id, { score })} className="readiness-score" />
          {/* The chosen score in words; the radios already carry it for screen readers. */}
          <span className={`readiness-score-label${level === undefined ? ' is-none' : ''}`} aria-hidden="true">
            {level === undefined ? t('readiness.score.none') : t(`readiness.score.${level}`)}
          </span>
        </div>
        <ChoiceGroup legend={t('readiness.item.swot')} choices={tags} value={item.swot} onChange={(swot) => update(item.id, { swot })} className="readiness-item-swot" />
        <TextCommitField
          className="readiness-item-indicator"
          label={t('readiness.item.indicator')}
          stored={item.indicator}
          schema={S.indicator}
          commit={(indicator) => update(item.id, { indicator })}
          multiline
          rows={2}
          maxLength={1000}
        />
        <TextCommitField
          className="readiness-item-evidence"
          label={t('readiness.item.evidence')}
          hint={t('readiness.item.evidenceHint')}
          stored={item.evidence}
          schema={S.evidence}
          commit={(evidence) => update(item.id, { evidence })}
          multiline
          rows={2}
          maxLength={5000}
        />
        <Field label={t('readiness.item.opd')} className="readiness-item-opd">
          {({ inputId }) => (
            <OpdSelect id={inputId} value={item.opdId} opds={opds} noneLabel={t('readiness.item.noOpd')} onChange={(opdId) => update(item.id, { opdId })} />
          )}
        </Field>
        <div className="readiness-item-actions">
          <button
            type="button"
            className="btn btn-small btn-danger-quiet"
            aria-label={t('readiness.item.deleteNamed', { title: item.title })}
            title={t('readiness.item.delete')}
            onClick={() => remove(item)}
          >
            <Icon name="trash" />
          </button>
          {item.templateId ? (
            <span className="readiness-template-mark" title={t('readiness.item.fromTemplate')}>
              <Icon name="file" />
              <span className="visually-hidden">{t('readiness.item.fromTemplate')}</span>
            </span>
          ) : null}
        </div>
      </fieldset>
    </li>
  );
};
