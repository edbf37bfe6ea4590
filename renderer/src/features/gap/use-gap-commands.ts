import { useCallback } from 'react';
import { gapAnalysisWith, type GapText } from '../../../../shared/logic/gap-analyses';
import { newItemId } from '../../forms/new-item-id';
import type { CommitOutcome } from '../../forms/use-committed-draft';
import { useSession } from '../../session/session-context';
import { notLoaded } from '../../session/workshop-command';

/**
 * The commands of the gap worksheet. A text is merged into the dimension's analysis as the session
 * holds it right now, so the first text written for a dimension creates its analysis and the next ones extend it.
 */
export const useGapCommands = () => {
  const session = useSession();

  const writeText = useCallback(
    (dimensionId: string, patch: Partial<GapText>): CommitOutcome => {
      const workshop = session.getSnapshot().workshop;
      if (!workshop) return notLoaded();
      return session.dispatch({ type: 'upsertGapAnalysis', item: gapAnalysisWith(workshop, dimensionId, patch, newItemId('kesenjangan')) });
    },
    [session],
  );

  return { writeText };
};
