import { z } from 'zod';
import { sameJson } from './canonical';
import { CURRENT_SCHEMA_VERSION, IdSchema, NarrativeSectionSchema, OpdSchema, ProgramSchema, WorkshopSchema, type Workshop } from '../model';
import type { OutgoingPackage, ReturnPayload } from './package-schema';
import { leadsProgram, ownsSection } from './scope';

/**
 * What the OPD head's app remembers about a workshop opened from a package: where it came from,
 * and each item as it was taken, so the return package can say what changed since.
 */
export const LocalCopySchema = z.object({
  localWorkshopId: IdSchema,
  origin: z.object({
    workshopId: IdSchema,
    workshopTitle: z.string(),
    opd: OpdSchema,
    baseRevision: z.number().int().nonnegative(),
    packageCreatedAt: z.string(),
    packageChecksum: z.string(),
  }),
  base: z.object({
    sections: z.array(z.object({ item: NarrativeSectionSchema, baseRevision: z.number().int().nonnegative() })),
    programs: z.array(z.object({ item: ProgramSchema, baseRevision: z.number().int().nonnegative() })),
  }),
});
export type LocalCopy = z.infer<typeof LocalCopySchema>;

const TITLE_MAX = 200;

const copyTitle = (title: string, abbreviation: string): string => {
  const suffix = ` — ${abbreviation}`;
  return `${title.slice(0, TITLE_MAX - suffix.length).trimEnd()}${suffix}`;
};

/** The OPD head's own workshop, built from a package: the context plus the OPD's sections and programs. */
export const buildLocalWorkshop = (pkg: OutgoingPackage, localId: string, nowIso: string): Workshop => {
  const { payload } = pkg;
  const c = payload.context;
  return WorkshopSchema.parse({
    schemaVersion: CURRENT_SCHEMA_VERSION,
    id: localId,
    revision: 0,
    title: copyTitle(payload.workshopTitle, payload.opd.abbreviation),
    createdAt: nowIso,
    updatedAt: nowIso,
    region: c.region,
    horizon: c.horizon,
    dimensionSet: c.dimensionSet,
    opds: c.opds,
    fundingSources: c.fundingSources,
    issues: c.issues,
    swotItems: c.swotItems,
    towsStrategies: c.towsStrategies,
    gapAnalyses: c.gapAnalyses,
    vision: c.vision,
    missions: c.missions,
    goals: c.goals,
    programs: payload.programs.map((p) => p.item),
    sections: payload.sections.map((s) => s.item),
  });
};

export const localCopyFor = (pkg: OutgoingPackage, localWorkshopId: string): LocalCopy => ({
  localWorkshopId,
  origin: {
    workshopId: pkg.workshopId,
    workshopTitle: pkg.payload.workshopTitle,
    opd: pkg.payload.opd,
    baseRevision: pkg.payload.baseRevision,
    packageCreatedAt: pkg.createdAt,
    packageChecksum: pkg.checksum,
  },
  base: { sections: pkg.payload.sections, programs: pkg.payload.programs },
});

/** Everything the OPD head changed in their copy, item by item, against the items as they were taken. */
export const buildReturnPayload = (local: Workshop, copy: LocalCopy, authorName: string): ReturnPayload => {
  const { opd, baseRevision } = copy.origin;
  const sections: ReturnPayload['sections'] = [];
  for (const base of copy.base.sections) {
    const item = local.sections.find((s) => s.id === base.item.id) ?? null;
    if (!sameJson(item, base.item)) sections.push({ id: base.item.id, item, base: base.item, baseRevision: base.baseRevision });
  }
  const programs: ReturnPayload['programs'] = [];
  for (const base of copy.base.programs) {
    const item = local.programs.find((p) => p.id === base.item.id) ?? null;
    if (!sameJson(item, base.item)) programs.push({ id: base.item.id, item, base: base.item, baseRevision: base.baseRevision });
  }
  const taken = new Set(copy.base.programs.map((p) => p.item.id));
  for (const item of local.programs) {
    if (!taken.has(item.id) && leadsProgram(item, opd.id)) programs.push({ id: item.id, item, base: null, baseRevision });
  }
  return {
    workshopTitle: copy.origin.workshopTitle,
    baseRevision,
    opd,
    author: { name: authorName },
    sections: sections.filter((s) => s.item === null || ownsSection(s.item, opd.id)),
    programs,
  };
};
