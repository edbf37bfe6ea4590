import { z } from 'zod';
import { ReferenceDataSchema, type ReferenceData } from '../../../shared/contract';
import { DimensionSetSchema, FundingSourceSchema, OpdSchema, RegionKindSchema } from '../../../shared/model';
import dimensionsJson from '../../../resources/reference/dimensions.json';
import opdsJson from '../../../resources/reference/opds.json';
import fundingSourcesJson from '../../../resources/reference/funding-sources.json';
import readinessTemplatesJson from '../../../resources/reference/readiness-templates.json';

/** One OPD list for both region kinds; `onlyIn` marks offices a kabupaten or a kota alone has (e.g. DPMD). */
const OpdListFileSchema = z.object({
  opds: z.array(OpdSchema.extend({ onlyIn: RegionKindSchema.optional() })),
});

const load = (): ReferenceData => {
  const { opds } = OpdListFileSchema.parse(opdsJson);
  const forKind = (kind: 'kabupaten' | 'kota') =>
    opds.filter((o) => o.onlyIn === undefined || o.onlyIn === kind).map(({ onlyIn: _onlyIn, ...opd }) => opd);
  return ReferenceDataSchema.parse({
    dimensionSet: DimensionSetSchema.parse(dimensionsJson),
    opds: { kabupaten: forKind('kabupaten'), kota: forKind('kota') },
    fundingSources: z.array(FundingSourceSchema).parse(fundingSourcesJson),
    readinessTemplates: readinessTemplatesJson,
  });
};

let cached: ReferenceData | null = null;

/**
 * The bundled reference data (default 6×3 dimensions, OPD lists, funding sources, readiness templates),
 * validated once. Each caller gets its own copy, so a workshop built from it can never alter the next one.
 */
export const referenceData = (): ReferenceData => {
  cached ??= load();
  return structuredClone(cached);
};
