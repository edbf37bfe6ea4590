import type { RegionProfile } from '../model';
import { cleanLine } from './text';

/*
 * Where the region's papers are signed (the foreword, the Bimtek's attendance list and minutes): a town's name, as a
 * signature line writes it ("Batu, 23 September 2026"; "Kepanjen, …"), never "Kota Batu" or "Kabupaten Malang".
 */

const KIND_PREFIX = /^(kabupaten|kab\.?|kota)\s+/i;

const bare = (text: string): string => cleanLine(text).replace(KIND_PREFIX, '');

/** The region's seat: a kota's own name ("Batu"), a kabupaten's ibu kota ("Kepanjen", its name while none is entered). */
export const regionSeat = (region: Pick<RegionProfile, 'kind' | 'name' | 'capital'>): string =>
  (region.kind === 'kabupaten' ? cleanLine(region.capital) : '') || bare(region.name);

/**
 * A place as the signature line prints it: "Kota Batu" → "Batu"; the region itself ("Kabupaten Malang") → its seat;
 * nothing written → the region's seat (empty when the region has no name either).
 */
export const signingPlace = (written: string, region: Pick<RegionProfile, 'kind' | 'name' | 'capital'>): string => {
  const line = cleanLine(written);
  const place = bare(line);
  if (place === '') return regionSeat(region);
  // "Kabupaten Malang" written for Kabupaten Malang is the region itself; "Kota Malang" beside it is another town.
  const kind = /^kota\s/i.test(line) ? 'kota' : 'kabupaten';
  const namesRegion = place !== line && kind === region.kind && place.toLowerCase() === bare(region.name).toLowerCase();
  return namesRegion ? regionSeat(region) : place;
};
