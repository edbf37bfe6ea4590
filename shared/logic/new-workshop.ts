import type { ReferenceData } from '../contract';
import { CURRENT_SCHEMA_VERSION, EMPTY_BIMTEK, defaultGroups, type RegionKind, type Workshop } from '../model';

export interface NewWorkshopInput {
  id: string;
  title: string;
  regionName: string;
  regionKind: RegionKind;
  /** Plan start year; the default is the year after the Bimtek (reference §7). */
  startYear: number;
  now: string;
  reference: ReferenceData;
}

/** A fresh, valid workshop with the default 6×3 dimensions, the OPD list for its kind and the funding sources. */
export const createEmptyWorkshop = (input: NewWorkshopInput): Workshop => ({
  schemaVersion: CURRENT_SCHEMA_VERSION,
  id: input.id,
  revision: 0,
  title: input.title,
  createdAt: input.now,
  updatedAt: input.now,
  region: {
    name: input.regionName,
    kind: input.regionKind,
    code: '',
    province: '',
    capital: '',
    motto: '',
    logo: null,
    population: null,
    populationYear: null,
    areaKm2: null,
    kecamatanCount: null,
    kecamatan: [],
    desaCount: null,
    kelurahanCount: null,
    rpjmdPeriod: null,
    regionalHead: { title: input.regionKind === 'kota' ? 'Wali Kota' : 'Bupati', name: '', deputyName: '', deputyTitle: '' },
    milestones: [],
    description: '',
  },
  horizon: { startYear: input.startYear, years: 5 },
  dimensionSet: input.reference.dimensionSet,
  opds: input.regionKind === 'kota' ? input.reference.opds.kota : input.reference.opds.kabupaten,
  participants: [],
  fundingSources: input.reference.fundingSources,
  readinessItems: [],
  issues: [],
  swotItems: [],
  towsStrategies: [],
  gapAnalyses: [],
  vision: { statement: { type: 'doc', content: [] }, explanation: { type: 'doc', content: [] }, keywords: [] },
  missions: [],
  goals: [],
  programs: [],
  rpjmdMappings: [],
  quickWins: {
    weights: { impact: 30, speed: 20, feasibility: 15, cost: 15, innovation: 10, sustainability: 10 },
    selection: { mode: 'per-dimension', topN: 6 },
    candidates: [],
  },
  roadmap: { phaseLabels: { pendek: 'Jangka Pendek', menengah: 'Jangka Menengah', panjang: 'Jangka Panjang' }, notes: [] },
  sections: [],
  commitment: { place: '', date: null, statement: '', entries: [], reviewChecklist: [] },
  exportSettings: { paperSize: 'A4', optionalChapters: [] },
  polls: [],
  groups: defaultGroups(input.reference.dimensionSet),
  room: { locks: [], done: [], shareAcrossGroups: false },
  proposals: [],
  bimtek: EMPTY_BIMTEK,
});
