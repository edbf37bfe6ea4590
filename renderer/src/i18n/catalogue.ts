import { id as shellId } from './id';
import { readinessMessages } from '../features/readiness/messages';
import { gapMessages } from '../features/gap/messages';
import { issuesMessages } from '../features/issues/messages';
import { swotMessages } from '../features/swot/messages';
import { visionMessages } from '../features/vision/messages';
import { programsMessages } from '../features/programs/messages';
import { rpjmdMappingMessages } from '../features/rpjmd-mapping/messages';
import { innovationMessages } from '../features/innovation/messages';
import { roadmapMessages } from '../features/roadmap/messages';
import { quickWinsMessages } from '../features/quick-wins/messages';
import { commitmentMessages } from '../features/commitment/messages';
import { sectionsMessages } from '../features/sections/messages';
import { facilitatorMessages } from '../features/facilitator/messages';
import { referenceDataMessages } from '../features/reference-data/messages';
import { shareMessages } from '../features/share/messages';
import { exportMessages } from '../features/export/messages';
import { excelMessages } from '../features/excel/messages';
import { historyMessages } from '../features/history/messages';
import { undoMessages } from '../features/workshop/undo-messages';
import { conflictMessages } from '../features/workshop/conflict-messages';
import { stageMessages } from '../features/stage/messages';
import { pollsMessages } from '../features/polls/messages';
import { participantMessages } from '../participant/messages';
import { roomMessages } from '../features/room/messages';
import { proposalsMessages } from '../features/proposals/messages';
import { bimtekMessages } from '../features/bimtek/messages';
import { regionProfileMessages } from '../features/region-profile/messages';

/**
 * Every string the renderer shows, in Indonesian: the shell's (id.ts) plus each worksheet's own messages.
 * The English is ./catalogue-en.ts, loaded when English is chosen.
 */
export const catalogueId = {
  ...shellId,
  ...readinessMessages.id,
  ...gapMessages.id,
  ...issuesMessages.id,
  ...swotMessages.id,
  ...visionMessages.id,
  ...programsMessages.id,
  ...rpjmdMappingMessages.id,
  ...innovationMessages.id,
  ...roadmapMessages.id,
  ...quickWinsMessages.id,
  ...commitmentMessages.id,
  ...sectionsMessages.id,
  ...facilitatorMessages.id,
  ...referenceDataMessages.id,
  ...shareMessages.id,
  ...exportMessages.id,
  ...excelMessages.id,
  ...historyMessages.id,
  ...undoMessages.id,
  ...conflictMessages.id,
  ...stageMessages.id,
  ...pollsMessages.id,
  ...participantMessages.id,
  ...roomMessages.id,
  ...proposalsMessages.id,
  ...bimtekMessages.id,
  ...regionProfileMessages.id,
};
export type MessageKey = keyof typeof catalogueId;
