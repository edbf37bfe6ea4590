import { useState } from 'react';
import { swotFactorLabels, towsStrategyLabels } from '../../../../../shared/logic/tows';
import { Icon } from '../../../components/Icon';
import { useT } from '../../../i18n/i18n-context';
import type { DispatchResult } from '../../../session/workshop-session';
import { AddChoice, FieldMessage } from './AddChoice';
import { CheckboxGroup } from './CheckboxGroup';
import type { SectionProps } from './section-props';
import './drawer-links.css';

interface Option {
  id: string;
  chip: string;
  text: string;
}

interface PickerProps {
  legend: string;
  addLabel: string;
  empty: string;
  options: readonly Option[];
  selected: readonly string[];
  onChange(next: string[]): DispatchResult;
}

/** Picked items as chips (each with its remove button) and a select to add one more. */
const ChipPicker = ({ legend, addLabel, empty, options, selected, onChange }: PickerProps) => {
  const t = useT();
  const [message, setMessage] = useState<string | null>(null);
  const save = (next: string[]) => {
    const outcome = onChange(next);
    setMessage(outcome.ok ? null : outcome.message);
  };
  const picked = selected.map((s) => options.find((o) => o.id === s)).filter((o): o is Option => o !== undefined);
  const free = options.filter((o) => !selected.includes(o.id));
  return (
    <fieldset className="fieldset field">
      <legend className="field-label">{legend}</legend>
      {picked.length === 0 ? <p className="muted">{empty}</p> : null}
      <ul className="link-chips">
        {picked.map((o) => (
          <li key={o.id} className="link-chip" title={o.text}>
            <strong>{o.chip}</strong>
            <span className="link-chip-text">{o.text}</span>
            <button type="button" className="btn btn-danger-quiet btn-small" aria-label={t('programs.links.remove', { label: o.chip })} onClick={() => save(selected.filter((s) => s !== o.id))}>
              <Icon name="trash" />
            </button>
          </li>
        ))}
      </ul>
      <AddChoice label={addLabel} options={free.map((o) => ({ id: o.id, text: `${o.chip} · ${o.text.length > 90 ? `${o.text.slice(0, 89)}…` : o.text}` }))} onPick={(picked) => save([...selected, picked])} />
      <FieldMessage message={message} />
    </fieldset>
  );
};

/** Keterkaitan strategis: the missions a program serves and the SWOT factors and TOWS strategies it answers. */
export const LinksSection = ({ program: p, workshop: w, change }: SectionProps) => {
  const t = useT();
  const dimensionOf = (dimensionId: string) => w.dimensionSet.dimensions.find((d) => d.id === dimensionId)?.nameId ?? dimensionId;
  // The program's own dimension first; items of another dimension stay listed while linked, numbered
  // in their own dimension as the Word document numbers them ("S2 · Smart Economy").
  const chip = (label: string | undefined, fallback: string, dimensionId: string) =>
    dimensionId === p.dimensionId ? (label ?? fallback) : `${label ?? fallback} · ${dimensionOf(dimensionId)}`;
  const factors = w.swotItems
    .filter((s) => !s.hidden && (s.dimensionId === p.dimensionId || p.swotItemIds.includes(s.id)))
    .map((s) => ({ id: s.id, chip: chip(swotFactorLabels(w.swotItems, s.dimensionId).get(s.id), s.quadrant, s.dimensionId), text: s.text }));
  const strategies = w.towsStrategies
    .filter((s) => s.dimensionId === p.dimensionId || p.towsStrategyIds.includes(s.id))
    .map((s) => ({ id: s.id, chip: chip(towsStrategyLabels(w.towsStrategies, s.dimensionId).get(s.id), s.kind, s.dimensionId), text: s.text }));
  return (
    <section className="drawer-section" aria-labelledby="program-links">
      <h3 id="program-links" className="drawer-section-title">
        {t('programs.section.links')}
      </h3>
      <CheckboxGroup
        legend={t('programs.links.missions')}
        items={w.missions.map((m, i) => ({ value: m.id, label: t('programs.links.mission', { n: i + 1 }), detail: m.text, title: m.text }))}
        selected={p.missionIds}
        onChange={(missionIds) => change({ missionIds })}
        columns="wide"
        empty={t('programs.links.noMissions')}
      />
      <ChipPicker
        legend={t('programs.links.swot')}
        addLabel={t('programs.links.addSwot')}
        empty={factors.length === 0 ? t('programs.links.noSwot') : t('programs.links.none')}
        options={factors}
        selected={p.swotItemIds}
        onChange={(swotItemIds) => change({ swotItemIds })}
      />
      <ChipPicker
        legend={t('programs.links.tows')}
        addLabel={t('programs.links.addTows')}
        empty={strategies.length === 0 ? t('programs.links.noTows') : t('programs.links.none')}
        options={strategies}
        selected={p.towsStrategyIds}
        onChange={(towsStrategyIds) => change({ towsStrategyIds })}
      />
    </section>
  );
};
