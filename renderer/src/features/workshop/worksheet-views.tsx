import type { ComponentType } from 'react';
import type { WorksheetId } from '../../../../shared/logic';
import { RegionProfileWorksheet } from '../region-profile/RegionProfileWorksheet';
import { ReferenceDataWorksheet } from '../reference-data';
import { ReadinessWorksheet } from '../readiness';
import { IssuesWorksheet } from '../issues';
import { SwotWorksheet } from '../swot';
import { GapWorksheet } from '../gap';
import { VisionWorksheet } from '../vision';
import { ProgramsWorksheet } from '../programs';
import { RpjmdMappingWorksheet } from '../rpjmd-mapping';
import { InnovationWorksheet } from '../innovation';
import { RoadmapWorksheet } from '../roadmap';
import { QuickWinsWorksheet } from '../quick-wins';
import { CommitmentWorksheet } from '../commitment';
import { SectionsWorksheet } from '../sections';

/** What each worksheet shows; every feature folder's index.ts exports its worksheet component. */
export const WORKSHEET_VIEWS: Record<WorksheetId, ComponentType> = {
  profil: RegionProfileWorksheet,
  'data-rujukan': ReferenceDataWorksheet,
  kesiapan: ReadinessWorksheet,
  isu: IssuesWorksheet,
  swot: SwotWorksheet,
  kesenjangan: GapWorksheet,
  visi: VisionWorksheet,
  program: ProgramsWorksheet,
  'pemetaan-rpjmd': RpjmdMappingWorksheet,
  inovasi: InnovationWorksheet,
  roadmap: RoadmapWorksheet,
  'quick-win': QuickWinsWorksheet,
  komitmen: CommitmentWorksheet,
  bagian: SectionsWorksheet,
};
