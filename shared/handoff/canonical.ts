/**
 * Canonical JSON: object keys sorted, no whitespace, `undefined` members left out.
 * Two equal values always give the same text, so the text can be checksummed or compared.
 */
export const canonicalJson = (value: unknown): string => JSON.stringify(sortKeys(value)) ?? 'null';

const sortKeys = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map((item) => (item === undefined ? null : sortKeys(item)));
  if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    const sorted: Record<string, unknown> = {};
    for (const key of Object.keys(record).sort()) {
      const member = record[key];
      if (member !== undefined) sorted[key] = sortKeys(member);
    }
    return sorted;
  }
  return value;
};

/** Deep equality of two JSON values (key order does not matter). */
export const sameJson = (a: unknown, b: unknown): boolean => canonicalJson(a) === canonicalJson(b);
