import type { FundingSource, Opd, RegionKind } from '../model';

/** The bundled reference lists a workshop may reload from (a subset of the contract's ReferenceData). */
export interface DefaultLists {
  opds: { kabupaten: Opd[]; kota: Opd[] };
  fundingSources: FundingSource[];
}

const key = (text: string): string => text.trim().replace(/\s+/g, ' ').toLowerCase();

/**
 * Default OPDs the workshop does not have yet, for "Muat ulang daftar bawaan". An OPD the region
 * renamed keeps its id and is not added again; one it added by hand with the same abbreviation
 * is not duplicated either.
 */
export const missingDefaultOpds = (current: readonly Opd[], defaults: DefaultLists, kind: RegionKind): Opd[] => {
  const ids = new Set(current.map((o) => o.id));
  const abbreviations = new Set(current.map((o) => key(o.abbreviation)));
  return defaults.opds[kind].filter((o) => !ids.has(o.id) && !abbreviations.has(key(o.abbreviation)));
};

/** Default funding sources the workshop does not have yet (by id or by the same name). */
export const missingDefaultFundingSources = (current: readonly FundingSource[], defaults: DefaultLists): FundingSource[] => {
  const ids = new Set(current.map((f) => f.id));
  const names = new Set(current.map((f) => key(f.name)));
  return defaults.fundingSources.filter((f) => !ids.has(f.id) && !names.has(key(f.name)));
};

/** Where a default belongs back in the list: right after the default that precedes it, so the usual order returns. */
export const defaultInsertIndex = <T extends { id: string }>(current: readonly T[], defaults: readonly T[], item: T): number => {
  const at = defaults.findIndex((d) => d.id === item.id);
  for (let i = at - 1; i >= 0; i -= 1) {
    const previous = defaults[i];
    const found = previous ? current.findIndex((c) => c.id === previous.id) : -1;
    if (found >= 0) return found + 1;
  }
  return 0;
};
