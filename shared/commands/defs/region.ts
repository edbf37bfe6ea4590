import { z } from 'zod';
import { LogoSchema, PlanHorizonSchema, RegionProfileSchema, WorkshopTitleSchema, sortMilestones, type RegionProfile, type Workshop } from '../../model';
import { AppError } from '../command-error';
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
  code: R.code.removeDefault().optional(),
  province: R.province.removeDefault().optional(),
  capital: R.capital.removeDefault().optional(),
  motto: R.motto.removeDefault().optional(),
  logo: LogoSchema.nullable().optional(),
  population: R.population.removeDefault().optional(),
  populationYear: R.populationYear.removeDefault().optional(),
  areaKm2: R.areaKm2.removeDefault().optional(),
  kecamatanCount: R.kecamatanCount.removeDefault().optional(),
  kecamatan: R.kecamatan.removeDefault().optional(),
  desaCount: R.desaCount.removeDefault().optional(),
  kelurahanCount: R.kelurahanCount.removeDefault().optional(),
  rpjmdPeriod: R.rpjmdPeriod.removeDefault().optional(),
  regionalHead: R.regionalHead.removeDefault().optional(),
  milestones: R.milestones.removeDefault().optional(),
  description: R.description.removeDefault().optional(),
});

type RegionPatch = z.infer<typeof RegionPatchSchema>;
type RegionField = keyof RegionPatch;
/** The fields a patch changes: those it names, and the kecamatan count when it names the list (the count follows it). */
const patchedFields = (patch: RegionPatch): RegionField[] => {
  const fields = (Object.keys(patch) as RegionField[]).filter((k) => patch[k] !== undefined);
  return patch.kecamatan !== undefined && !fields.includes('kecamatanCount') ? [...fields, 'kecamatanCount'] : fields;
};

/**
 * The region after a patch: milestones in date order, and with a kecamatan list the count is its length
 * (a patch naming another count is refused, so the profile never says 33 kecamatan beside a list of 30).
 */
const patchedRegion = (w: Workshop, patch: RegionPatch): RegionProfile => {
  const given = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) as Partial<RegionProfile>;
  const region: RegionProfile = { ...w.region, ...given };
  if (patch.milestones !== undefined) region.milestones = sortMilestones(patch.milestones);
  const listed = region.kecamatan.length;
  if (listed === 0) return region;
  if (patch.kecamatanCount !== undefined && patch.kecamatanCount !== listed) {
    throw new AppError('invalid_input', { reason: 'region.kecamatanCountMismatch', params: { count: patch.kecamatanCount ?? 0, listed }, field: 'patch.kecamatanCount' });
  }
  return { ...region, kecamatanCount: listed };
};

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
    apply: (w, c) => ({ ...w, region: patchedRegion(w, c.patch) }),
    invert: (before, c) => ({ type: 'setRegionProfile', patch: Object.fromEntries(patchedFields(c.patch).map((k) => [k, before.region[k]])) }),
    touches(before, c) {
      if (!before) return patchedFields(c.patch).map((k) => partKey('region', k));
      const after = patchedRegion(before, c.patch);
      return patchedFields(c.patch).filter((k) => !sameValue(before.region[k], after[k])).map((k) => partKey('region', k));
    },
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
