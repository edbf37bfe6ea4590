import type { MessageKey } from './catalogue';
import { en as shellEn } from './en';
import { readinessMessagesEn } from '../features/readiness/messages.en';
import { gapMessagesEn } from '../features/gap/messages.en';
import { issuesMessagesEn } from '../features/issues/messages.en';
import { swotMessagesEn } from '../features/swot/messages.en';
import { visionMessagesEn } from '../features/vision/messages.en';
import { programsMessagesEn } from '../features/programs/messages.en';
import { rpjmdMappingMessagesEn } from '../features/rpjmd-mapping/messages.en';
import { innovationMessagesEn } from '../features/innovation/messages.en';
import { roadmapMessagesEn } from '../features/roadmap/messages.en';
import { quickWinsMessagesEn } from '../features/quick-wins/messages.en';
import { commitmentMessagesEn } from '../features/commitment/messages.en';
import { sectionsMessagesEn } from '../features/sections/messages.en';
import { facilitatorMessagesEn } from '../features/facilitator/messages.en';
import { referenceDataMessagesEn } from '../features/reference-data/messages.en';
import { shareMessagesEn } from '../features/share/messages.en';
import { exportMessagesEn } from '../features/export/messages.en';
import { excelMessagesEn } from '../features/excel/messages.en';
import { historyMessagesEn } from '../features/history/messages.en';
import { undoMessagesEn } from '../features/workshop/undo-messages.en';
import { conflictMessagesEn } from '../features/workshop/conflict-messages.en';
import { stageMessagesEn } from '../features/stage/messages.en';
import { pollsMessagesEn } from '../features/polls/messages.en';
import { participantMessagesEn } from '../participant/messages.en';
import { roomMessagesEn } from '../features/room/messages.en';
import { proposalsMessagesEn } from '../features/proposals/messages.en';
import { bimtekMessagesEn } from '../features/bimtek/messages.en';
import { regionProfileMessagesEn } from '../features/region-profile/messages.en';

/**
 * The English of every string (./catalogue.ts has the Indonesian), type-checked to have every key of it.
 * A module of its own: the facilitator's app loads it when English is chosen, not with its first screen.
 */
export const catalogueEn: Record<MessageKey, string> = {
  ...shellEn,
  ...readinessMessagesEn,
  ...gapMessagesEn,
  ...issuesMessagesEn,
  ...swotMessagesEn,
  ...visionMessagesEn,
  ...programsMessagesEn,
  ...rpjmdMappingMessagesEn,
  ...innovationMessagesEn,
  ...roadmapMessagesEn,
  ...quickWinsMessagesEn,
  ...commitmentMessagesEn,
  ...sectionsMessagesEn,
  ...facilitatorMessagesEn,
  ...referenceDataMessagesEn,
  ...shareMessagesEn,
  ...exportMessagesEn,
  ...excelMessagesEn,
  ...historyMessagesEn,
  ...undoMessagesEn,
  ...conflictMessagesEn,
  ...stageMessagesEn,
  ...pollsMessagesEn,
  ...participantMessagesEn,
  ...roomMessagesEn,
  ...proposalsMessagesEn,
  ...bimtekMessagesEn,
  ...regionProfileMessagesEn,
};
