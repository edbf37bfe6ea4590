import type { z } from 'zod';
import type { ReadinessTemplateSchema } from '../contract';
import { CORE_PILLARS, type ReadinessItem, type ReadinessPillar } from '../model';

/** The two pillars a workshop may leave out (reference §3.1): natural potential and culture. */
export const OPTIONAL_PILLARS = ['nature', 'culture'] as const satisfies readonly ReadinessPillar[];

/** A suggested item from the reference data (`reference.get` → readinessTemplates). */
export type ReadinessTemplate = z.infer<typeof ReadinessTemplateSchema>;

const isCore = (pillar: ReadinessPillar): boolean => (CORE_PILLARS as readonly string[]).includes(pillar);

/** Whether the workshop already assesses nature or culture, so the worksheet opens with them shown. */
export const usesOptionalPillars = (items: readonly ReadinessItem[]): boolean => items.some((i) => !isCore(i.pillar));

/** The pillars the worksheet shows, in the reference's order: the three core ones, then nature and culture when asked for. */
export const shownPillars = (withOptional: boolean): ReadinessPillar[] => [...CORE_PILLARS, ...(withOptional ? OPTIONAL_PILLARS : [])];

/** The items of one pillar, in the order the workshop holds them. */
export const itemsOfPillar = (items: readonly ReadinessItem[], pillar: ReadinessPillar): ReadinessItem[] => items.filter((i) => i.pillar === pillar);

/** The templates of a pillar the workshop has not taken yet, so one template is not added twice. */
export const unusedTemplates = (items: readonly ReadinessItem[], templates: readonly ReadinessTemplate[], pillar: ReadinessPillar): ReadinessTemplate[] => {
  const taken = new Set(items.map((i) => i.templateId).filter((id): id is string => id !== null));
  return templates.filter((t) => t.pillar === pillar && !taken.has(t.id));
};

/** A new, not yet scored item: from a reference template (title and indicator filled in) or written by the room. */
export const newReadinessItem = (id: string, pillar: ReadinessPillar, title: string, template: ReadinessTemplate | null = null): ReadinessItem => ({
  id,
  pillar,
  title: title.trim(),
  indicator: template?.indicator ?? '',
  score: null,
  evidence: '',
  swot: null,
  opdId: null,
  templateId: template?.id ?? null,
});

/** An item made from a reference template. */
export const readinessItemFromTemplate = (id: string, template: ReadinessTemplate): ReadinessItem => newReadinessItem(id, template.pillar, template.title, template);

/** Where an item sits in the workshop's whole list, so a deleted item can be put back in the same place. */
export const readinessItemIndex = (items: readonly ReadinessItem[], id: string): number => items.findIndex((i) => i.id === id);
