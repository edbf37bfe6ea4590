import { useCallback, useState } from 'react';
import { defaultInsertIndex, missingDefaultFundingSources, missingDefaultOpds } from '../../../../shared/logic/reference-defaults';
import { messageOf } from '../../api/api-error';
import { useApi } from '../../api/api-context';
import { useToast } from '../../components/Toasts';
import { useT } from '../../i18n/i18n-context';
import { useSession } from '../../session/session-context';
import { useReferenceCommands } from './use-reference-commands';

/**
 * "Muat ulang daftar bawaan": adds back the default OPDs (for the region's kind) or funding sources
 * the workshop no longer has, each in its usual place. Renamed and hand-typed entries stay as they are.
 */
export const useDefaultLists = () => {
  const t = useT();
  const api = useApi();
  const toast = useToast();
  const session = useSession();
  const commands = useReferenceCommands();
  const [busy, setBusy] = useState<'opds' | 'funding' | null>(null);

  const reload = useCallback(
    async (which: 'opds' | 'funding') => {
      setBusy(which);
      try {
        const reference = await api['reference.get']({});
        const w = session.getSnapshot().workshop;
        if (!w) return;
        let added = 0;
        if (which === 'opds') {
          const defaults = reference.opds[w.region.kind];
          for (const opd of missingDefaultOpds(w.opds, reference, w.region.kind)) {
            const opds = session.getSnapshot().workshop?.opds ?? [];
            if (commands.addOpd(opd, defaultInsertIndex(opds, defaults, opd)).ok) added += 1;
          }
        } else {
          for (const source of missingDefaultFundingSources(w.fundingSources, reference)) {
            const current = session.getSnapshot().workshop?.fundingSources ?? [];
            if (commands.addFundingSource(source, defaultInsertIndex(current, reference.fundingSources, source)).ok) added += 1;
          }
        }
        const noun = which === 'opds' ? 'opds' : 'funding';
        toast(
          added > 0
            ? { message: t(`reference-data.defaults.added.${noun}`, { count: added }), tone: 'success' }
            : { message: t(`reference-data.defaults.none.${noun}`), tone: 'info' },
        );
      } catch (error) {
        toast({ message: t('reference-data.defaults.failed', { message: messageOf(error) }), tone: 'error' });
      } finally {
        setBusy(null);
      }
    },
    [api, session, commands, toast, t],
  );

  return { busy, reloadOpds: () => void reload('opds'), reloadFunding: () => void reload('funding') };
};
