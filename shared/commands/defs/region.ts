import { z } from 'zod';
import { LogoSchema, PlanHorizonSchema, RegionProfileSchema, WorkshopTitleSchema } from '../../model';
import { FACILITATOR_ONLY, changedFields, defineCommand, partKey, sameValue } from './def';

/*
 * The workshop's title, the region profile and the plan horizon: singletons of Tahap I.
 */

const R = RegionProfileSchema.shape;

/**
 * The region profile is patched field by field, so a logo is not re-sent with every keystroke.
 * Patch fields carry no defaults (zod 4 fills defaults even inside `.optional()`/`.partial()`):
 * a key left out of a patch must stay out, or patching one field would reset the others.
 */
export const RegionPatchSchema = z.object({
  name: R.name.removeDefault().optional(),
  kind: R.kind.removeDefault().optional(),
  province: R.province.removeDefault().optional(),
  logo: LogoSchema.nullable().optional(),
  population: R.population.removeDefault().optional(),
  areaKm2: R.areaKm2.removeDefault().optional(),
  kecamatanCount: R.kecamatanCount.removeDefault().optional(),
  desaCount: R.desaCount.removeDefault().optional(),
  kelurahanCount: R.kelurahanCount.removeDefault().optional(),
  rpjmdPeriod: R.rpjmdPeriod.removeDefault().optional(),
  regionalHead: R.regionalHead.removeDefault().optional(),
  description: R.description.removeDefault().optional(),
});

type RegionField = keyof z.infer<typeof RegionPatchSchema>;
const patchedFields = (patch: z.infer<typeof RegionPatchSchema>): RegionField[] => (Object.keys(patch) as RegionField[]).filter((k) => patch[k] !== undefined);

export const regionDefs = {
  renameWorkshop: defineCommand({
    type: 'renameWorkshop',
    schema: z.object({ type: z.literal('renameWorkshop'), title: WorkshopTitleSchema }),
    apply: (w, c) => ({ ...w, title: c.title }),
    invert: (before) => ({ type: 'renameWorkshop', title: before.title }),
    touches: (before, c) => (before && before.title === c.title ? [] : [partKey('title')]),
    access: FACILITATOR_ONLY,
  }),
  setRegionProfile: defineCommand({
    type: 'setRegionProfile',
    schema: z.object({ type: z.literal('setRegionProfile'), patch: RegionPatchSchema }),
    apply(w, c) {
      const patch = Object.fromEntries(Object.entries(c.patch).filter(([, v]) => v !== undefined));
      return { ...w, region: { ...w.region, ...patch } };
    },
    invert: (before, c) => ({ type: 'setRegionProfile', patch: Object.fromEntries(Object.keys(c.patch).map((k) => [k, before.region[k as RegionField]])) }),
    touches: (before, c) => patchedFields(c.patch).filter((k) => !before || !sameValue(before.region[k], c.patch[k])).map((k) => partKey('region', k)),
    access: FACILITATOR_ONLY,
  }),
  setPlanHorizon: defineCommand({
    type: 'setPlanHorizon',
    schema: z.object({ type: z.literal('setPlanHorizon'), horizon: PlanHorizonSchema }),
    apply: (w, c) => ({ ...w, horizon: c.horizon }),
    invert: (before) => ({ type: 'setPlanHorizon', horizon: before.horizon }),
    touches: (before, c) => (before ? changedFields(before.horizon, c.horizon, (f) => partKey('horizon', f)) : [partKey('horizon')]),
    access: FACILITATOR_ONLY,
  }),
};
