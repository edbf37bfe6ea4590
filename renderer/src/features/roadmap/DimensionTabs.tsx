import { useRef, type KeyboardEvent } from 'react';
import type { Dimension } from '../../../../shared/model';
import { useLanguage, useT } from '../../i18n/i18n-context';

export const tabId = (dimensionId: string) => `roadmap-tab-${dimensionId}`;
export const panelId = 'roadmap-dimension-panel';

interface Props {
  dimensions: readonly Dimension[];
  selectedId: string;
  counts: Record<string, number>;
  onSelect(dimensionId: string): void;
}

/** One tab per dimension; arrow keys, Home and End move between them (WAI-ARIA tabs pattern). */
export const DimensionTabs = ({ dimensions, selectedId, counts, onSelect }: Props) => {
  const t = useT();
  const { language } = useLanguage();
  const list = useRef<HTMLDivElement>(null);

  const move = (event: KeyboardEvent<HTMLButtonElement>, index: number) => {
    const last = dimensions.length - 1;
    const target = { ArrowRight: index === last ? 0 : index + 1, ArrowLeft: index === 0 ? last : index - 1, Home: 0, End: last }[event.key];
    if (target === undefined) return;
    event.preventDefault();
    const next = dimensions[target];
    if (!next) return;
    onSelect(next.id);
    list.current?.querySelector<HTMLButtonElement>(`#${tabId(next.id)}`)?.focus();
  };

  return (
    <div className="roadmap-tabs" role="tablist" aria-label={t('roadmap.dimensions.tabs')} ref={list}>
      {dimensions.map((d, index) => {
        const selected = d.id === selectedId;
        return (
          <button
            key={d.id}
            id={tabId(d.id)}
            type="button"
            role="tab"
            className="roadmap-tab"
            aria-selected={selected}
            aria-controls={panelId}
            tabIndex={selected ? 0 : -1}
            onClick={() => onSelect(d.id)}
            onKeyDown={(e) => move(e, index)}
          >
            <span>{language === 'en' && d.nameEn.trim() !== '' ? d.nameEn : d.nameId}</span>
            <span className="roadmap-tab-count">{t('roadmap.dimension.programCount', { count: counts[d.id] ?? 0 })}</span>
          </button>
        );
      })}
    </div>
  );
};
