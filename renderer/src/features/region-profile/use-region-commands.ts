import { useCallback } from 'react';
import type { RegionPatchSchema } from '../../../../shared/commands';
import type { PlanHorizon } from '../../../../shared/model';
import type { z } from 'zod';
import type { CommitOutcome } from '../../forms/use-committed-draft';
import { useSession } from '../../session/session-context';

export type RegionPatch = z.input<typeof RegionPatchSchema>;

/** The two commands this worksheet sends: a patch of the region profile, and the plan horizon. */
export const useRegionCommands = () => {
  const session = useSession();
  const patchRegion = useCallback((patch: RegionPatch): CommitOutcome => session.dispatch({ type: 'setRegionProfile', patch }), [session]);
  const setHorizon = useCallback((horizon: PlanHorizon): CommitOutcome => session.dispatch({ type: 'setPlanHorizon', horizon }), [session]);
  return { patchRegion, setHorizon };
};
