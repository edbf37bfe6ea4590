import type { Dimension, Element, FundingSource, Opd, RegionalIssue, Workshop } from '../model';

/** Names compare without case, accents or extra spaces, and with one kind of dash. */
export const nameKey = (text: string): string =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[–—]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();

export type Found<T> = { kind: 'found'; item: T } | { kind: 'ambiguous' } | { kind: 'missing' };

/** Finds an item by any of its names; a name two items share finds neither (the file must say which). */
export class NameIndex<T> {
  private readonly byKey = new Map<string, T | null>();

  constructor(items: readonly T[], namesOf: (item: T) => readonly string[]) {
    for (const item of items) {
      for (const key of new Set(namesOf(item).map(nameKey).filter((k) => k !== ''))) {
        const known = this.byKey.get(key);
        this.byKey.set(key, known === undefined || known === item ? item : null);
      }
    }
  }

  find(text: string): Found<T> {
    const item = this.byKey.get(nameKey(text));
    if (item === undefined) return { kind: 'missing' };
    return item === null ? { kind: 'ambiguous' } : { kind: 'found', item };
  }
}

/** "APBN (termasuk DAK)" is also "APBN"; "CSR / TJSL" is also "CSR" and "TJSL". */
const fundingNames = (s: FundingSource): string[] => {
  const bare = s.name.replace(/\s*\(.*\)\s*$/, '');
  return [s.name, s.id, bare, ...bare.split(' / ')];
};

/** The workshop's own names a file may use for its dimensions, elements, OPDs, funding sources and issues. */
export interface WorkshopNames {
  dimension: NameIndex<Dimension>;
  element(dimension: Dimension): NameIndex<Element>;
  anyElement: NameIndex<{ dimension: Dimension; element: Element }>;
  opd: NameIndex<Opd>;
  funding: NameIndex<FundingSource>;
  issue: NameIndex<RegionalIssue>;
}

export const workshopNames = (w: Pick<Workshop, 'dimensionSet' | 'opds' | 'fundingSources' | 'issues'>): WorkshopNames => {
  const elementNames = (d: Dimension, e: Element) => [e.nameId, e.nameEn, e.code, e.id, `${e.code} · ${e.nameId}`, `${e.code} - ${e.nameId}`, `${d.code}-${e.code}`];
  const perDimension = new Map(w.dimensionSet.dimensions.map((d) => [d.id, new NameIndex(d.elements, (e) => elementNames(d, e))]));
  return {
    dimension: new NameIndex(w.dimensionSet.dimensions, (d) => [d.nameId, d.nameEn, d.code, d.id]),
    element: (d) => perDimension.get(d.id) ?? new NameIndex<Element>([], () => []),
    anyElement: new NameIndex(
      w.dimensionSet.dimensions.flatMap((dimension) => dimension.elements.map((element) => ({ dimension, element }))),
      ({ dimension, element }) => elementNames(dimension, element),
    ),
    opd: new NameIndex(w.opds, (o) => [o.abbreviation, o.name, o.id, `${o.abbreviation} — ${o.name}`, `${o.abbreviation} - ${o.name}`]),
    funding: new NameIndex(w.fundingSources, fundingNames),
    issue: new NameIndex(w.issues, (i) => [i.text]),
  };
};
