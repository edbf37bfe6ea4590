import { useCallback, useEffect, useState } from 'react';
import type { MethodOutput } from '../../../../shared/contract';
import { messageOf } from '../../api/api-error';
import { useApi } from '../../api/api-context';

export type WorkshopListing = MethodOutput<'workshops.list'>;

export type ListState = { kind: 'loading' } | { kind: 'failed'; message: string } | { kind: 'ready'; listing: WorkshopListing };

/** The home screen's list; `reload` after every change so it shows what the core holds. */
export const useWorkshopList = (): { state: ListState; reload(): Promise<void> } => {
  const api = useApi();
  const [state, setState] = useState<ListState>({ kind: 'loading' });
  const reload = useCallback(async () => {
    try {
      const listing = await api['workshops.list']({});
      const workshops = [...listing.workshops].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
      setState({ kind: 'ready', listing: { ...listing, workshops } });
    } catch (error) {
      setState({ kind: 'failed', message: messageOf(error) });
    }
  }, [api]);
  useEffect(() => {
    void reload();
  }, [reload]);
  return { state, reload };
};
