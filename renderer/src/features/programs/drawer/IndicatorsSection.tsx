import { useEffect, useRef, useState } from 'react';
import { IndicatorValueSchema, planYears, ProgramIndicatorSchema, YearSchema, type ProgramIndicator } from '../../../../../shared/model';
import { Icon } from '../../../components/Icon';
import { newItemId } from '../../../forms/new-item-id';
import { NumberCommitField } from '../../../forms/NumberCommitField';
import { TextCommitField } from '../../../forms/TextCommitField';
import { useT } from '../../../i18n/i18n-context';
import type { SectionProps } from './section-props';

const I = ProgramIndicatorSchema.shape;
const ValueSchema = IndicatorValueSchema.nullable();
const YearOrNone = YearSchema.nullable();

/** Indikator kinerja with a baseline and a target for each plan year (field 15). */
export const IndicatorsSection = ({ program: p, workshop: w, update }: SectionProps) => {
  const t = useT();
  const [focusId, setFocusId] = useState<string | null>(null);
  const years = planYears(w.horizon);
  const changeIndicator = (id: string, change: (indicator: ProgramIndicator) => ProgramIndicator) =>
    update((latest) => ({ ...latest, indicators: latest.indicators.map((i) => (i.id === id ? change(i) : i)) }));
  const add = () => {
    const id = newItemId('ind');
    const outcome = update((latest) => ({ ...latest, indicators: [...latest.indicators, { id, name: t('programs.indicator.newName'), unit: '', baseline: null, baselineYear: null, targets: [] }] }));
    if (outcome.ok) setFocusId(id);
  };
  return (
    <section className="drawer-section" aria-labelledby="program-indicators">
      <h3 id="program-indicators" className="drawer-section-title">
        {t('programs.section.indicators')}
      </h3>
      {p.indicators.length === 0 ? <p className="muted">{t('programs.indicator.none')}</p> : null}
      {p.indicators.map((indicator, index) => (
        <IndicatorEditor
          key={indicator.id}
          indicator={indicator}
          number={index + 1}
          years={years}
          focus={focusId === indicator.id}
          change={(change) => changeIndicator(indicator.id, change)}
          remove={() => update((latest) => ({ ...latest, indicators: latest.indicators.filter((i) => i.id !== indicator.id) }))}
        />
      ))}
      <div>
        <button type="button" className="btn btn-secondary btn-small" onClick={add}>
          <Icon name="plus" />
          <span>{t('programs.indicator.add')}</span>
        </button>
      </div>
    </section>
  );
};

interface EditorProps {
  indicator: ProgramIndicator;
  number: number;
  years: number[];
  focus: boolean;
  change(change: (indicator: ProgramIndicator) => ProgramIndicator): ReturnType<SectionProps['update']>;
  remove(): void;
}

const IndicatorEditor = ({ indicator, number, years, focus, change, remove }: EditorProps) => {
  const t = useT();
  const box = useRef<HTMLFieldSetElement>(null);
  useEffect(() => {
    if (focus) box.current?.querySelector('input')?.select();
  }, [focus]);
  const target = (year: number) => indicator.targets.find((x) => x.year === year)?.value ?? null;
  const setTarget = (year: number, value: number | null) =>
    change((i) => ({ ...i, targets: [...i.targets.filter((x) => x.year !== year), ...(value === null ? [] : [{ year, value }])].sort((a, b) => a.year - b.year) }));
  // Targets outside the plan's years (a horizon shortened later) stay editable.
  const targetYears = [...new Set([...years, ...indicator.targets.map((x) => x.year)])].sort((a, b) => a - b);
  return (
    <fieldset className="indicator-editor" ref={box}>
      <legend className="indicator-legend">{t('programs.indicator.number', { n: number })}</legend>
      <div className="indicator-head">
        <TextCommitField label={t('programs.indicator.name')} stored={indicator.name} schema={I.name} commit={(name) => change((i) => ({ ...i, name }))} className="indicator-name" />
        <button type="button" className="btn btn-danger-quiet btn-small indicator-remove" aria-label={t('programs.indicator.remove', { name: indicator.name })} onClick={remove}>
          <Icon name="trash" />
        </button>
      </div>
      <div className="indicator-grid">
        <TextCommitField label={t('programs.indicator.unit')} stored={indicator.unit} schema={I.unit.removeDefault()} commit={(unit) => change((i) => ({ ...i, unit }))} maxLength={60} />
        <NumberCommitField label={t('programs.indicator.baseline')} stored={indicator.baseline} schema={ValueSchema} commit={(baseline) => change((i) => ({ ...i, baseline }))} decimals />
        <NumberCommitField label={t('programs.indicator.baselineYear')} stored={indicator.baselineYear} schema={YearOrNone} commit={(baselineYear) => change((i) => ({ ...i, baselineYear }))} year />
        {targetYears.map((year) => (
          <NumberCommitField key={year} label={t('programs.indicator.target', { year })} stored={target(year)} schema={ValueSchema} commit={(value) => setTarget(year, value)} decimals />
        ))}
      </div>
    </fieldset>
  );
};
