import type { ReferenceUse, UseKind } from '../../../../shared/logic/reference-usage';
import type { MessageKey } from '../../i18n/catalogue';
import type { Translate } from '../../i18n/i18n-context';

const SHORT: Record<UseKind, MessageKey> = {
  program: 'reference-data.short.program',
  programLead: 'reference-data.short.programLead',
  programSupport: 'reference-data.short.programSupport',
  issue: 'reference-data.short.issue',
  swotItem: 'reference-data.short.swotItem',
  towsStrategy: 'reference-data.short.towsStrategy',
  gapAnalysis: 'reference-data.short.gapAnalysis',
  mission: 'reference-data.short.mission',
  roadmapNote: 'reference-data.short.roadmapNote',
  section: 'reference-data.short.section',
  commitmentEntry: 'reference-data.short.commitmentEntry',
  readinessItem: 'reference-data.short.readinessItem',
  rpjmdMapping: 'reference-data.short.rpjmdMapping',
  participant: 'reference-data.short.participant',
  bimtekAttendee: 'reference-data.short.bimtekAttendee',
  quickWinStep: 'reference-data.short.quickWinStep',
};

/** ["3 program (PJ)", "1 bagian naskah"]: one short phrase per kind of use. */
export const usesInShort = (t: Translate, uses: readonly ReferenceUse[]): string[] => uses.map((u) => t(SHORT[u.kind], { count: u.names.length }));
