import type { Command } from '../../../../shared/commands';
import { richDocToText, type NarrativeSection, type Program } from '../../../../shared/model';
import { formatRupiah } from '../../../../shared/logic';
import { Dialog } from '../../components/Dialog';
import { useT } from '../../i18n/i18n-context';
import { combineDocs } from './combine-docs';
import './share.css';

/** A participant's save that met a newer version of the same item. */
export type StaleConflict = { collection: 'section'; latest: NarrativeSection; mine: NarrativeSection } | { collection: 'program'; latest: Program; mine: Program };

interface Props {
  conflict: StaleConflict;
  /** Called with the command that saves the choice on top of the latest version, or null to keep the latest as it is. */
  onResolve(command: Command | null): void;
}

const programText = (p: Program): string =>
  [`${p.code} ${p.name}`, p.description, p.years.length > 0 ? p.years.join(', ') : '', p.budget.length > 0 ? formatRupiah(p.budget.reduce((sum, line) => sum + line.amount, 0)) : '']
    .filter(Boolean)
    .join('\n\n');

const textOf = (conflict: StaleConflict, which: 'latest' | 'mine'): string =>
  conflict.collection === 'section' ? richDocToText(conflict[which].content) : programText(conflict[which]);

/**
 * Side by side: the version someone saved meanwhile and the participant's own. They continue from
 * the newer one, combined with their text, replaced by it, or left as it is.
 */
export const StaleItemDialog = ({ conflict, onResolve }: Props) => {
  const t = useT();
  const save = (section: NarrativeSection | null, program: Program | null): void =>
    onResolve(section ? { type: 'upsertSection', item: section } : program ? { type: 'upsertProgram', item: program } : null);
  const combined = (): void =>
    conflict.collection === 'section' ? save({ ...conflict.latest, content: combineDocs(conflict.latest.content, conflict.mine.content) }, null) : save(null, conflict.mine);
  return (
    <Dialog
      title={t('share.stale.title')}
      description={t('share.stale.lead')}
      onClose={() => onResolve(null)}
      actions={
        <>
          <button type="button" className="btn btn-secondary" onClick={() => onResolve(null)}>
            {t('share.stale.useLatest')}
          </button>
          {conflict.collection === 'section' ? (
            <button type="button" className="btn btn-secondary" onClick={() => save({ ...conflict.latest, content: conflict.mine.content, status: conflict.mine.status }, null)}>
              {t('share.stale.useMine')}
            </button>
          ) : null}
          <button type="button" className="btn btn-primary" onClick={combined}>
            {conflict.collection === 'section' ? t('share.stale.useCombined') : t('share.stale.useMine')}
          </button>
        </>
      }
    >
      <div className="merge-columns">
        <section aria-labelledby="stale-latest">
          <h3 id="stale-latest" className="field-label">
            {t('share.stale.latest')}
          </h3>
          <pre className="merge-text">{textOf(conflict, 'latest')}</pre>
        </section>
        <section aria-labelledby="stale-mine">
          <h3 id="stale-mine" className="field-label">
            {t('share.stale.mine')}
          </h3>
          <pre className="merge-text">{textOf(conflict, 'mine')}</pre>
        </section>
      </div>
    </Dialog>
  );
};
