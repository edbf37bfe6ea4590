import type { ReadinessItem, ReadinessPillar, SwotItem, SwotQuadrant } from '../model';

/** The most a SWOT factor may hold (SwotItemSchema). */
const FACTOR_MAX = 1000;

export interface SwotSuggestion {
  readinessItemId: string;
  pillar: ReadinessPillar;
  quadrant: SwotQuadrant;
  /** The readiness item's own name, to tell suggestions apart. */
  title: string;
  /** The text a copied factor gets: the readiness item and its evidence. */
  text: string;
  /** A factor with this text is already on this dimension's board. */
  onBoard: boolean;
}

const sameText = (a: string, b: string): boolean => a.trim().toLocaleLowerCase('id') === b.trim().toLocaleLowerCase('id');

/** "Komitmen kepala daerah: Bupati membuka Bimtek …", cut to what a factor may hold. */
export const suggestionText = (item: Pick<ReadinessItem, 'title' | 'evidence'>): string => {
  const title = item.title.trim();
  const evidence = item.evidence.trim();
  const text = evidence === '' ? title : `${title}: ${evidence}`;
  return text.length <= FACTOR_MAX ? text : `${text.slice(0, FACTOR_MAX - 1).trimEnd()}…`;
};

/**
 * Readiness items the room tagged with a SWOT quadrant, offered as factors for a dimension's board.
 * Readiness is assessed per pillar, not per dimension, so every dimension sees the same suggestions;
 * the ones already copied to this dimension are marked.
 */
export const swotSuggestions = (readinessItems: readonly ReadinessItem[], swotItems: readonly SwotItem[], dimensionId: string): SwotSuggestion[] => {
  const board = swotItems.filter((s) => s.dimensionId === dimensionId);
  return readinessItems.flatMap((item) => {
    if (item.swot === null) return [];
    const quadrant = item.swot;
    const text = suggestionText(item);
    const onBoard = board.some((f) => f.quadrant === quadrant && sameText(f.text, text));
    return [{ readinessItemId: item.id, pillar: item.pillar, quadrant, title: item.title.trim(), text, onBoard }];
  });
};
