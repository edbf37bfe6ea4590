import { useMemo } from 'react';
import type { Dimension, DimensionSet, Element, FundingSource, Opd, Workshop } from '../../../../shared/model';
import { useSession } from '../../session/session-context';
import type { DispatchResult, WorkshopSession } from '../../session/workshop-session';
import { notLoaded } from '../../session/workshop-command';

type CommitOutcome = DispatchResult;


/**
 * The commands of the reference-data worksheet. Each reads the workshop as it is at the moment of
 * the commit (not as it was at the last render), so two fields saved one after the other both land.
 */
export const referenceCommands = (session: WorkshopSession) => {
  const current = (): Workshop | null => session.getSnapshot().workshop;
  const dimension = (id: string): Dimension | undefined => current()?.dimensionSet.dimensions.find((d) => d.id === id);

  const upsertDimension = (item: Dimension, index?: number): CommitOutcome =>
    session.dispatch(index === undefined ? { type: 'upsertDimension', item } : { type: 'upsertDimension', item, index });

  return {
    renameSet(name: string): CommitOutcome {
      const w = current();
      if (!w) return notLoaded();
      const dimensionSet: DimensionSet = { ...w.dimensionSet, name };
      return session.dispatch({ type: 'setDimensionSet', dimensionSet });
    },
    patchDimension(id: string, patch: Partial<Omit<Dimension, 'id' | 'elements'>>): CommitOutcome {
      const d = dimension(id);
      return d ? upsertDimension({ ...d, ...patch }) : notLoaded();
    },
    addDimension: (item: Dimension): CommitOutcome => upsertDimension(item),
    removeDimension: (id: string): CommitOutcome => session.dispatch({ type: 'removeDimension', id }),
    patchElement(dimensionId: string, elementId: string, patch: Partial<Omit<Element, 'id'>>): CommitOutcome {
      const d = dimension(dimensionId);
      return d ? upsertDimension({ ...d, elements: d.elements.map((e) => (e.id === elementId ? { ...e, ...patch } : e)) }) : notLoaded();
    },
    addElement(dimensionId: string, element: Element): CommitOutcome {
      const d = dimension(dimensionId);
      return d ? upsertDimension({ ...d, elements: [...d.elements, element] }) : notLoaded();
    },
    removeElement(dimensionId: string, elementId: string): CommitOutcome {
      const d = dimension(dimensionId);
      return d ? upsertDimension({ ...d, elements: d.elements.filter((e) => e.id !== elementId) }) : notLoaded();
    },
    patchOpd(id: string, patch: Partial<Omit<Opd, 'id'>>): CommitOutcome {
      const opd = current()?.opds.find((o) => o.id === id);
      return opd ? session.dispatch({ type: 'upsertOpd', item: { ...opd, ...patch } }) : notLoaded();
    },
    addOpd: (item: Opd, index?: number): CommitOutcome => session.dispatch(index === undefined ? { type: 'upsertOpd', item } : { type: 'upsertOpd', item, index }),
    removeOpd: (id: string): CommitOutcome => session.dispatch({ type: 'removeOpd', id }),
    renameFundingSource(id: string, name: string): CommitOutcome {
      const source = current()?.fundingSources.find((f) => f.id === id);
      return source ? session.dispatch({ type: 'upsertFundingSource', item: { ...source, name } }) : notLoaded();
    },
    addFundingSource: (item: FundingSource, index?: number): CommitOutcome =>
      session.dispatch(index === undefined ? { type: 'upsertFundingSource', item } : { type: 'upsertFundingSource', item, index }),
    removeFundingSource: (id: string): CommitOutcome => session.dispatch({ type: 'removeFundingSource', id }),
  };
};

export type ReferenceCommands = ReturnType<typeof referenceCommands>;

export const useReferenceCommands = (): ReferenceCommands => {
  const session = useSession();
  return useMemo(() => referenceCommands(session), [session]);
};
