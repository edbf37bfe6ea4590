import { useCallback, useMemo } from 'react';
import { nextProgramCode } from '../../../../shared/logic/program-code';
import type { CommitOutcome } from '../../forms/use-committed-draft';
import { newItemId } from '../../forms/new-item-id';
import { useT } from '../../i18n/i18n-context';
import { useSession } from '../../session/session-context';
import { notLoaded } from '../../session/workshop-command';
import { useRoomCommands } from '../room/use-room-commands';

/** The inbox's three decisions, each one command with an "Urungkan" in its toast. */
export const useProposalCommands = () => {
  const t = useT();
  const session = useSession();
  const { withUndo } = useRoomCommands();

  /** Accepts into the matrix: a new program with the next free code of the element (named in the toast). */
  const accept = useCallback(
    (proposalId: string, elementId: string, leadOpdId: string | null): CommitOutcome => {
      const w = session.getSnapshot().workshop;
      const proposal = w?.proposals.find((p) => p.id === proposalId);
      if (!w || !proposal) return notLoaded();
      const code = nextProgramCode(w, proposal.dimensionId, elementId) ?? '';
      return withUndo({ type: 'acceptProposal', proposalId, programId: newItemId('prog'), elementId, leadOpdId }, t('proposals.accepted', { name: proposal.name, code }));
    },
    [session, withUndo, t],
  );

  const merge = useCallback(
    (proposalId: string, programId: string): CommitOutcome => {
      const program = session.getSnapshot().workshop?.programs.find((p) => p.id === programId);
      return withUndo({ type: 'mergeProposal', proposalId, programId }, t('proposals.merged', { code: program?.code ?? '' }));
    },
    [session, withUndo, t],
  );

  const decline = useCallback((proposalId: string, reason: string): CommitOutcome => withUndo({ type: 'declineProposal', proposalId, reason }, t('proposals.declined')), [withUndo, t]);

  return useMemo(() => ({ accept, merge, decline }), [accept, merge, decline]);
};
