import { useCallback, useMemo } from 'react';
import { invertCommand, type Command } from '../../../../shared/commands';
import { formatRupiah } from '../../../../shared/logic';
import type { Program, ProgramProposal } from '../../../../shared/model';
import { useToast } from '../../components/Toasts';
import { useLanguage, useT } from '../../i18n/i18n-context';
import { useSession } from '../../session/session-context';
import type { DispatchResult } from '../../session/workshop-session';
import { plainOutcome } from './plain-message';
import { copyOfProgram } from './program-copy';

export interface ProgramCommands {
  /** Saves a changed program; a refusal comes back with a message fit for the field. */
  save(program: Program): DispatchResult;
  /**
   * Changes the program as it stands now in the session (not as some component last saw it),
   * so two fields saved in quick succession never undo each other.
   */
  update(programId: string, change: (latest: Program) => Program): DispatchResult;
  /** New years; budget lines of years no longer chosen go too (the toast offers them back). */
  saveYears(programId: string, years: number[]): DispatchResult;
  add(program: Program): DispatchResult;
  duplicate(program: Program): Program | null;
  /**
   * Deletes a program. When quick-win candidates, RPJMD mappings or groups' proposals point at it,
   * nothing is sent and what points at it comes back, for the user to agree first; `cascade` then
   * deletes the candidates too, keeps the mappings' rows without the program and the proposals with
   * their status but without it (one step, undone as one).
   */
  remove(program: Program, cascade?: boolean): ProgramLinks | null;
}

/** What still points at a program. */
export interface ProgramLinks {
  candidates: number;
  mappings: number;
  /** Groups' proposals accepted as this program or merged into it. */
  proposals: ProgramProposal[];
}

/** Every write the program worksheets make, each one command; deletions and dropped budgets can be taken back from the toast. */
export const useProgramCommands = (): ProgramCommands => {
  const session = useSession();
  const toast = useToast();
  const t = useT();
  const { language } = useLanguage();

  const dispatch = useCallback((command: Command): DispatchResult => plainOutcome(session.dispatch(command)), [session]);
  const current = useCallback((id: string) => session.getSnapshot().workshop?.programs.find((p) => p.id === id), [session]);

  const save = useCallback((program: Program) => dispatch({ type: 'upsertProgram', item: program }), [dispatch]);

  const update = useCallback(
    (programId: string, change: (latest: Program) => Program): DispatchResult => {
      const latest = current(programId);
      return latest ? save(change(latest)) : { ok: false, message: t('programs.gone') };
    },
    [current, save, t],
  );

  const saveYears = useCallback(
    (programId: string, years: number[]): DispatchResult => {
      const program = current(programId);
      if (!program) return { ok: false, message: t('programs.gone') };
      const dropped = program.budget.filter((line) => !years.includes(line.year) && line.amount > 0);
      const result = save({ ...program, years, budget: program.budget.filter((line) => years.includes(line.year)) });
      if (result.ok && dropped.length > 0) {
        toast({
          tone: 'info',
          message: t('programs.budgetDropped', { years: dropped.map((d) => d.year).join(', '), amount: formatRupiah(dropped.reduce((s, d) => s + d.amount, 0), language) }),
          action: {
            label: t('common.undoAction'),
            run: () => {
              const latest = current(program.id);
              if (latest) save({ ...latest, years: [...new Set([...latest.years, ...dropped.map((d) => d.year)])].sort((a, b) => a - b), budget: [...latest.budget, ...dropped].sort((a, b) => a.year - b.year) });
            },
          },
        });
      }
      return result;
    },
    [save, toast, t, current],
  );

  const add = useCallback((program: Program) => dispatch({ type: 'upsertProgram', item: program }), [dispatch]);

  const duplicate = useCallback(
    (program: Program): Program | null => {
      const w = session.getSnapshot().workshop;
      if (!w) return null;
      const copy = copyOfProgram(w, program, (name) => t('programs.copyName', { name }));
      const index = w.programs.findIndex((p) => p.id === program.id) + 1;
      const result = dispatch({ type: 'upsertProgram', item: copy, index });
      if (!result.ok) {
        toast({ tone: 'error', message: result.message });
        return null;
      }
      toast({
        tone: 'success',
        message: t('programs.duplicated', { code: copy.code, from: program.code }),
        action: { label: t('common.undoAction'), run: () => void dispatch({ type: 'removeProgram', id: copy.id }) },
      });
      return copy;
    },
    [session, dispatch, toast, t],
  );

  const remove = useCallback(
    (program: Program, cascade = false): ProgramLinks | null => {
      const w = session.getSnapshot().workshop;
      if (!w) return null;
      const links = {
        candidates: w.quickWins.candidates.filter((c) => c.programId === program.id).length,
        mappings: w.rpjmdMappings.filter((m) => m.programId === program.id).length,
        proposals: w.proposals.filter((p) => p.programId === program.id),
      };
      if (!cascade && links.candidates + links.mappings + links.proposals.length > 0) return links;
      const command: Command = cascade ? { type: 'removeProgram', id: program.id, cascade: true } : { type: 'removeProgram', id: program.id };
      const restore = invertCommand(w, command);
      const result = dispatch(command);
      if (!result.ok) {
        toast({ tone: 'error', message: result.message });
        return null;
      }
      toast({
        tone: 'info',
        message: t('programs.deleted', { code: program.code, name: program.name }),
        action: {
          label: t('common.undoAction'),
          run: () => {
            // A decided proposal is never written by a new command (only a new one is): its link comes back with the undo.
            if (links.proposals.length > 0) {
              session.undo();
              return;
            }
            const back = dispatch(restore);
            if (!back.ok) toast({ tone: 'error', message: back.message });
          },
        },
      });
      return null;
    },
    [session, dispatch, toast, t],
  );

  return useMemo(() => ({ save, update, saveYears, add, duplicate, remove }), [save, update, saveYears, add, duplicate, remove]);
};
