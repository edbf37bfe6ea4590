import { useMemo } from 'react';
import { trafficLight } from '../../../../shared/logic';
import { ReadinessItemSchema, type Opd, type ReadinessItem } from '../../../../shared/model';
import { ChoiceGroup } from '../../components/ChoiceGroup';
import { Field } from '../../components/Field';
import { Icon } from '../../components/Icon';
import { TextCommitField } from '../../forms/TextCommitField';
import type { CommitOutcome } from '../../forms/use-committed-draft';
import { useT } from '../../i18n/i18n-context';
import { scoreChoices, swotChoices } from './score-choices';
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
  const opdKnown = item.opdId === null || opds.some((o) => o.id === item.opdId);
  return (
    <li className={`readiness-item is-${light}`} tabIndex={-1} data-item-id={item.id}>
      <fieldset className="fieldset readiness-item-fields">
        <legend className="visually-hidden">{t('readiness.item.legend', { pillar: pillarName, n: position, title: item.title })}</legend>
        <div className="readiness-item-text">
          <TextCommitField label={t('readiness.item.title')} stored={item.title} schema={S.title} commit={(title) => update(item.id, { title })} maxLength={300} />
          <TextCommitField label={t('readiness.item.indicator')} stored={item.indicator} schema={S.indicator} commit={(indicator) => update(item.id, { indicator })} multiline rows={2} maxLength={1000} />
          <TextCommitField
            label={t('readiness.item.evidence')}
            hint={t('readiness.item.evidenceHint')}
            stored={item.evidence}
            schema={S.evidence}
            commit={(evidence) => update(item.id, { evidence })}
            multiline
            rows={3}
            maxLength={5000}
          />
        </div>
        <ChoiceGroup legend={t('readiness.item.score')} choices={scores} value={item.score} onChange={(score) => update(item.id, { score })} layout="column" className="readiness-score" />
        <div className="readiness-item-tags">
          <ChoiceGroup legend={t('readiness.item.swot')} choices={tags} value={item.swot} onChange={(swot) => update(item.id, { swot })} />
          <Field label={t('readiness.item.opd')}>
            {({ inputId }) => (
              <select id={inputId} className="input" value={item.opdId ?? ''} onChange={(e) => update(item.id, { opdId: e.target.value === '' ? null : e.target.value })}>
                <option value="">{t('readiness.item.noOpd')}</option>
                {opds.map((opd) => (
                  <option key={opd.id} value={opd.id}>
                    {opd.abbreviation} · {opd.name}
                  </option>
                ))}
                {opdKnown ? null : <option value={item.opdId ?? ''}>{item.opdId}</option>}
              </select>
            )}
          </Field>
          <div className="readiness-item-actions">
            {item.templateId ? <span className="badge badge-muted">{t('readiness.item.fromTemplate')}</span> : null}
            <button type="button" className="btn btn-small btn-danger-quiet" aria-label={t('readiness.item.deleteNamed', { title: item.title })} onClick={() => remove(item)}>
              <Icon name="trash" />
              <span>{t('readiness.item.delete')}</span>
            </button>
          </div>
        </div>
      </fieldset>
    </li>
  );
};
