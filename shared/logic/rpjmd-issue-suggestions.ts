import type { RegionalIssue } from '../model';

export interface RpjmdIssueSuggestion {
  text: string;
  /** How many regional issues are already linked to it. */
  uses: number;
}

/**
 * The RPJMD strategic issues the workshop already links issues to, most used first, so the room
 * links the next problem to the same wording instead of a near-duplicate.
 */
export const rpjmdIssueSuggestions = (issues: readonly Pick<RegionalIssue, 'rpjmdIssue'>[]): RpjmdIssueSuggestion[] => {
  const byKey = new Map<string, RpjmdIssueSuggestion>();
  for (const issue of issues) {
    const text = issue.rpjmdIssue.trim().replace(/\s+/g, ' ');
    if (text === '') continue;
    const key = text.toLocaleLowerCase('id');
    const known = byKey.get(key);
    if (known) known.uses += 1;
    else byKey.set(key, { text, uses: 1 });
  }
  return [...byKey.values()].sort((a, b) => b.uses - a.uses || a.text.localeCompare(b.text, 'id'));
};
