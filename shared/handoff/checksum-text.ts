import { canonicalJson } from './canonical';

/**
 * The text a package's checksum is computed over: the canonical JSON of the whole envelope
 * (format, version, workshop id, OPD id, created-at, kind, payload) without the checksum itself.
 * Computed on the JSON as read, before any defaults are filled in.
 */
export const checksumText = (envelope: Readonly<Record<string, unknown>>): string => {
  const rest: Record<string, unknown> = { ...envelope };
  delete rest.checksum;
  return canonicalJson(rest);
};
