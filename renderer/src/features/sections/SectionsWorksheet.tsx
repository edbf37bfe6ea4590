import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { sectionOutline, type OutlineSlot } from '../../../../shared/logic/section-outline';
import { useToast } from '../../components/Toasts';
import { useT } from '../../i18n/i18n-context';
import { useSessionSnapshot, useWorkshop } from '../../session/session-context';
import { AllSectionsPanel } from './AllSectionsPanel';
import { MyOpdPanel } from './MyOpdPanel';
import { SectionEditor } from './SectionEditor';
import { createButtonId, openButtonId } from './SectionSlotRow';
import { useSectionCommands } from './use-section-commands';
import './sections.css';

type Tab = 'all' | 'mine';
const TABS: readonly Tab[] = ['all', 'mine'];

/**
 * Bagian naskah masterplan: every narrative section of the outline (reference §4.2) with its owner
 * OPD and status, and "OPD saya" for one office's share. Opening a section shows its editor in place.
 */
export const SectionsWorksheet = () => {
  const t = useT();
  const toast = useToast();
  const workshop = useWorkshop();
  const { readOnly } = useSessionSnapshot();
  const { create } = useSectionCommands();
  const outline = useMemo(() => sectionOutline(workshop), [workshop]);
  const [tab, setTab] = useState<Tab>('all');
  const [openId, setOpenId] = useState<string | null>(null);
  /** Where focus goes back to from the editor: the section's row, or its "Buat bagian" once it was deleted. */
  const returnFocus = useRef<string[]>([]);
  const tabRefs = useRef<Record<Tab, HTMLButtonElement | null>>({ all: null, mine: null });

  const open = (sectionId: string) => {
    returnFocus.current = [openButtonId(sectionId)];
    setOpenId(sectionId);
  };

  const createFor = (slot: OutlineSlot) => {
    const created = create(slot);
    if (created.ok) open(created.id);
    else toast({ tone: 'error', message: created.message });
  };

  // Back from the editor: focus returns to the row the section was opened from.
  useEffect(() => {
    if (openId !== null || returnFocus.current.length === 0) return;
    const target = returnFocus.current.map((id) => document.getElementById(id)).find((el) => el !== null);
    target?.focus();
    returnFocus.current = [];
  }, [openId]);

  const slot = openId ? outline.flatMap((g) => g.slots.map((s) => ({ s, g }))).find(({ s }) => s.section?.id === openId) : undefined;
  const missing = openId !== null && !slot;
  // The open section was deleted (undo, another device): back to the list rather than an empty editor.
  useEffect(() => {
    if (missing) setOpenId(null);
  }, [missing]);

  if (openId !== null && slot?.s.section) {
    const place = slot.g.numeral ? `${slot.g.numeral} ${slot.g.title}` : slot.g.title;
    const { outlineKey } = slot.s;
    const back = () => {
      returnFocus.current = [openButtonId(openId), createButtonId(outlineKey)];
      setOpenId(null);
    };
    return <SectionEditor section={slot.s.section} place={place} workshop={workshop} readOnly={readOnly} onBack={back} />;
  }

  const moveTab = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft' && event.key !== 'Home' && event.key !== 'End') return;
    event.preventDefault();
    const next: Tab = event.key === 'Home' ? 'all' : event.key === 'End' ? 'mine' : tab === 'all' ? 'mine' : 'all';
    setTab(next);
    tabRefs.current[next]?.focus();
  };

  return (
    <section className="card form-card sections-card">
      <div className="section-tabs" role="tablist" aria-label={t('sections.tabs')} onKeyDown={moveTab}>
        {TABS.map((id) => (
          <button
            key={id}
            ref={(el) => {
              tabRefs.current[id] = el;
            }}
            type="button"
            role="tab"
            id={`bagian-tab-${id}`}
            className="section-tab"
            aria-selected={tab === id}
            aria-controls={`bagian-panel-${id}`}
            tabIndex={tab === id ? 0 : -1}
            onClick={() => setTab(id)}
          >
            {t(id === 'all' ? 'sections.tab.all' : 'sections.tab.mine')}
          </button>
        ))}
      </div>
      <div className="section-panel" role="tabpanel" id={`bagian-panel-${tab}`} aria-labelledby={`bagian-tab-${tab}`}>
        {tab === 'all' ? (
          <AllSectionsPanel workshop={workshop} outline={outline} readOnly={readOnly} onOpen={open} onCreate={createFor} />
        ) : (
          <MyOpdPanel workshop={workshop} outline={outline} readOnly={readOnly} onOpen={open} onCreate={createFor} />
        )}
      </div>
    </section>
  );
};
