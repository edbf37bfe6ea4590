import { AppError } from '../commands';
import type { Workshop } from '../model';
import type { HandoffContext, OutgoingPayload } from './package-schema';
import { leadsProgram, ownsSection } from './scope';

/** The analysis of the OPD's dimensions (those of the programs it leads), or of every dimension when it leads none. */
const contextFor = (workshop: Workshop, dimensionIds: ReadonlySet<string>): HandoffContext => {
  const ids = dimensionIds.size > 0 ? dimensionIds : new Set(workshop.dimensionSet.dimensions.map((d) => d.id));
  const ofDimensions = <T extends { dimensionId: string }>(items: readonly T[]): T[] => items.filter((item) => ids.has(item.dimensionId));
  return {
    region: workshop.region,
    horizon: workshop.horizon,
    vision: workshop.vision,
    missions: workshop.missions,
    goals: workshop.goals,
    dimensionSet: workshop.dimensionSet,
    dimensionIds: [...ids],
    opds: workshop.opds,
    fundingSources: workshop.fundingSources,
    issues: ofDimensions(workshop.issues),
    swotItems: ofDimensions(workshop.swotItems),
    towsStrategies: ofDimensions(workshop.towsStrategies),
    gapAnalyses: ofDimensions(workshop.gapAnalyses),
  };
};

/** What the facilitator sends one OPD: its sections and programs at the workshop's current revision, with read-only context. */
export const buildOutgoingPayload = (workshop: Workshop, opdId: string): OutgoingPayload => {
  const opd = workshop.opds.find((o) => o.id === opdId);
  if (!opd) throw new AppError('not_found', { reason: 'handoff.opdNotFound', field: 'opdId' });
  const baseRevision = workshop.revision;
  const programs = workshop.programs.filter((p) => leadsProgram(p, opdId));
  return {
    workshopTitle: workshop.title,
    baseRevision,
    opd,
    sections: workshop.sections.filter((s) => ownsSection(s, opdId)).map((item) => ({ item, baseRevision })),
    programs: programs.map((item) => ({ item, baseRevision })),
    context: contextFor(workshop, new Set(programs.map((p) => p.dimensionId))),
  };
};
