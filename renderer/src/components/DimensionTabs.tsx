import { useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import './dimension-tabs.css';

export interface DimensionTab {
  id: string;
  label: string;
  /** Shown after the label, e.g. how many items the dimension holds. */
  count?: number;
  /** The count in words for screen readers, e.g. "3 isu". */
  countLabel?: string;
}

interface Props {
  /** What the tabs choose between, for screen readers, e.g. "Dimensi". */
  label: string;
  tabs: readonly DimensionTab[];
  selectedId: string;
  onSelect(id: string): void;
  /** The panel of the selected tab. */
  children: ReactNode;
}

/**
 * One tab per smart-city dimension (WAI-ARIA tabs): arrow keys, Home and End move between tabs
 * and select them; Tab goes on into the panel.
 */
export const DimensionTabs = ({ label, tabs, selectedId, onSelect, children }: Props) => {
  const baseId = useId();
  const refs = useRef(new Map<string, HTMLButtonElement>());
  const tabId = (id: string) => `${baseId}-tab-${id}`;
  const panelId = `${baseId}-panel`;

  const move = (event: KeyboardEvent<HTMLButtonElement>, index: number) => {
    const last = tabs.length - 1;
    const target = { ArrowRight: index + 1, ArrowDown: index + 1, ArrowLeft: index - 1, ArrowUp: index - 1, Home: 0, End: last }[event.key];
    if (target === undefined) return;
    event.preventDefault();
    const next = tabs[(target + tabs.length) % tabs.length];
    if (!next) return;
    onSelect(next.id);
    refs.current.get(next.id)?.focus();
  };

  return (
    <div className="dimension-tabs">
      <div role="tablist" aria-label={label} className="dimension-tablist">
        {tabs.map((tab, index) => {
          const selected = tab.id === selectedId;
          return (
            <button
              key={tab.id}
              ref={(node) => {
                if (node) refs.current.set(tab.id, node);
                else refs.current.delete(tab.id);
              }}
              type="button"
              role="tab"
              id={tabId(tab.id)}
              aria-selected={selected}
              aria-controls={panelId}
              tabIndex={selected ? 0 : -1}
              className="dimension-tab"
              onClick={() => onSelect(tab.id)}
              onKeyDown={(event) => move(event, index)}
            >
              <span>{tab.label}</span>
              {tab.count === undefined ? null : (
                <span className="dimension-tab-count" aria-hidden={tab.countLabel ? true : undefined}>
                  {tab.count}
                </span>
              )}
              {tab.countLabel ? <span className="visually-hidden">, {tab.countLabel}</span> : null}
            </button>
          );
        })}
      </div>
      <div role="tabpanel" id={panelId} aria-labelledby={tabId(selectedId)} className="dimension-tabpanel">
        {children}
      </div>
    </div>
  );
};

const storageKey = (scope: string) => `masterplan.dimension.${scope}`;

/**
 * The dimension a worksheet shows, remembered for this browser session so that going to another
 * worksheet and back (or reloading) keeps the room on the same dimension.
 */
export const useSelectedDimension = (scope: string, dimensionIds: readonly string[]): [string, (id: string) => void] => {
  const [chosen, setChosen] = useState<string | null>(() => {
    try {
      return window.sessionStorage.getItem(storageKey(scope));
    } catch {
      return null;
    }
  });
  const select = (id: string) => {
    setChosen(id);
    try {
      window.sessionStorage.setItem(storageKey(scope), id);
    } catch {
      // Storage unavailable: the choice lasts until the page is left.
    }
  };
  const selected = chosen !== null && dimensionIds.includes(chosen) ? chosen : (dimensionIds[0] ?? '');
  return [selected, select];
};
