import { useEffect, useRef, useState } from 'react';
import { pillarStats } from '../../../../shared/logic';
import { itemsOfPillar, unusedTemplates } from '../../../../shared/logic/readiness-items';
import type { Opd, ReadinessItem, ReadinessPillar } from '../../../../shared/model';
import { useToast } from '../../components/Toasts';
import { useT } from '../../i18n/i18n-context';
import { AddReadinessItems } from './AddReadinessItems';
import { PillarHeader } from './PillarHeader';
import { ReadinessItemEditor } from './ReadinessItemEditor';
import { useReadinessCommands } from './use-readiness-commands';
import type { TemplatesState } from './use-readiness-templates';

interface Props {
  pillar: ReadinessPillar;
  allItems: readonly ReadinessItem[];
  opds: readonly Opd[];
  templates: TemplatesState;
}

/** One pillar of the readiness worksheet: its header card with the figures, its items, and the ways to add more. */
export const PillarSection = ({ pillar, allItems, opds, templates }: Props) => {
  const t = useT();
  const toast = useToast();
  const { addItem, updateItem, removeItem, restoreItem } = useReadinessCommands();
  const items = itemsOfPillar(allItems, pillar);
  const stats = pillarStats(allItems, pillar);
  const pillarName = t(`pillar.${pillar}`);
  const headingId = `pillar-${pillar}-heading`;
  const list = useRef<HTMLOListElement>(null);
  /** Where the keyboard goes after a delete: the next item, the previous one, or the pillar's heading. */
  const [focusAfterDelete, setFocusAfterDelete] = useState<string | null>(null);

  useEffect(() => {
    if (focusAfterDelete === null) return;
    setFocusAfterDelete(null);
    const target = list.current?.querySelector<HTMLElement>(`[data-item-id="${CSS.escape(focusAfterDelete)}"]`) ?? document.getElementById(headingId);
    target?.focus();
  }, [focusAfterDelete, headingId]);

  const remove = (item: ReadinessItem) => {
    const at = items.findIndex((i) => i.id === item.id);
    const neighbour = items[at + 1] ?? items[at - 1];
    const removed = removeItem(item.id);
    if (!removed.ok) {
      toast({ tone: 'error', message: removed.message });
      return;
    }
    setFocusAfterDelete(neighbour?.id ?? '');
    toast({
      tone: 'info',
      message: t('readiness.item.deleted', { title: item.title }),
      action: {
        label: t('common.undoAction'),
        run: () => {
          const outcome = restoreItem(removed.item, removed.index);
          if (!outcome.ok) toast({ tone: 'error', message: outcome.message });
        },
      },
    });
  };

  const suggestions: TemplatesState = templates.status === 'ready' ? { status: 'ready', templates: unusedTemplates(allItems, templates.templates, pillar) } : templates;

  return (
    <section className="card pillar" aria-labelledby={headingId} id={`pilar-${pillar}`}>
      <PillarHeader stats={stats} headingId={headingId} />
      {items.length === 0 ? (
        <p className="empty-note">{t('readiness.pillar.empty')}</p>
      ) : (
        <ol className="readiness-items" ref={list}>
          {items.map((item, index) => (
            <ReadinessItemEditor key={item.id} item={item} position={index + 1} pillarName={pillarName} opds={opds} update={updateItem} remove={remove} />
          ))}
        </ol>
      )}
      <AddReadinessItems pillar={pillar} pillarName={pillarName} templates={suggestions} add={addItem} />
    </section>
  );
};
