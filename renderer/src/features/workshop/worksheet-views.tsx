import type { ComponentType } from 'react';
import type { WorksheetId } from '../../../../shared/logic';
import { CommitmentSummary } from '../commitment/CommitmentSummary';
import { GapSummary } from '../gap/GapSummary';
import { InnovationSummary } from '../innovation/InnovationSummary';
import { IssuesSummary } from '../issues/IssuesSummary';
import { ProgramsSummary } from '../programs/ProgramsSummary';
import { QuickWinsSummary } from '../quick-wins/QuickWinsSummary';
import { ReadinessSummary } from '../readiness/ReadinessSummary';
import { RegionProfileWorksheet } from '../region-profile/RegionProfileWorksheet';
import { RoadmapSummary } from '../roadmap/RoadmapSummary';
import { RpjmdMappingSummary } from '../rpjmd-mapping/RpjmdMappingSummary';
import { SectionsSummary } from '../sections/SectionsSummary';
import { SwotSummary } from '../swot/SwotSummary';
import { VisionSummary } from '../vision/VisionSummary';

/** What each worksheet shows. The profile is editable; the others summarise what the workshop holds. */
export const WORKSHEET_VIEWS: Record<WorksheetId, ComponentType> = {
  profil: RegionProfileWorksheet,
  kesiapan: ReadinessSummary,
  isu: IssuesSummary,
  swot: SwotSummary,
  kesenjangan: GapSummary,
  visi: VisionSummary,
  program: ProgramsSummary,
  'pemetaan-rpjmd': RpjmdMappingSummary,
  inovasi: InnovationSummary,
  roadmap: RoadmapSummary,
  'quick-win': QuickWinsSummary,
  komitmen: CommitmentSummary,
  bagian: SectionsSummary,
};
