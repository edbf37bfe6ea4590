import { useState } from 'react';
import type { HandoffChange, HandoffPreview, Resolution, Resolutions } from '../../../../shared/handoff';
import { richDocToText } from '../../../../shared/model';
import { useApi } from '../../api/api-context';
import { ChoiceGroup } from '../../components/ChoiceGroup';
import { Dialog } from '../../components/Dialog';
import { useToast } from '../../components/Toasts';
import { formatDateTime } from '../../i18n/format';
import { useLanguage, useT, type Translate } from '../../i18n/i18n-context';
import { useSession } from '../../session/session-context';
import { combineDocs } from './combine-docs';
import { PackageFileInput } from './PackageFileInput';
import { useAction } from './use-action';
import './share.css';

type Decision = 'theirs' | 'ours' | 'combined';

/** The text one version of a change shows side by side. */
const versionText = (change: HandoffChange, which: 'ours' | 'theirs', t: Translate): string => {
  if (change.collection === 'section') {
    const item = change[which];
    return item ? `${item.title}\n\n${richDocToText(item.content)}` : which === 'theirs' ? t('handoff.merge.removed') : t('handoff.merge.absent');
  }
  const item = change[which];
  return item ? `${item.code} ${item.name}\n\n${item.description}` : which === 'theirs' ? t('handoff.merge.removed') : t('handoff.merge.absent');
};

/** Sections that both sides still have can be combined: the facilitator's text, then the OPD's new paragraphs. */
const combinable = (change: HandoffChange): boolean => change.collection === 'section' && change.ours !== null && change.theirs !== null;

const resolutionOf = (change: HandoffChange, decision: Decision): Resolution => {
  if (decision !== 'combined') return decision;
  if (change.collection !== 'section' || !change.ours || !change.theirs) return 'theirs';
  return { ...change.ours, content: combineDocs(change.ours.content, change.theirs.content) };
};

const STATUS_LABEL = { clean: 'handoff.merge.clean', conflict: 'handoff.merge.conflict', same: 'handoff.merge.same', refused: 'handoff.merge.refused' } as const;

/** Facilitator: review an OPD's return package (direct changes, conflicts side by side), decide, and merge it. */
export const MergePackageDialog = ({ onClose }: { onClose(): void }) => {
  const t = useT();
  const { language } = useLanguage();
  const api = useApi();
  const toast = useToast();
  const session = useSession();
  const [text, setText] = useState<string | null>(null);
  const [preview, setPreview] = useState<HandoffPreview | null>(null);
  const [decisions, setDecisions] = useState<Record<string, Decision>>({});
  const { error, busy, act } = useAction();

  const decidable = preview ? preview.changes.filter((c) => c.status === 'clean' || c.status === 'conflict') : [];
  const decisionOf = (change: HandoffChange): Decision | undefined => decisions[change.itemId] ?? (change.status === 'clean' ? 'theirs' : undefined);
  const undecided = decidable.filter((c) => decisionOf(c) === undefined).length;

  const load = (content: string) =>
    act(async () => {
      setPreview(null);
      setDecisions({});
      setPreview(await api['handoff.preview']({ workshopId: session.workshopId, package: content }));
      setText(content);
    });

  const merge = () =>
    act(async () => {
      if (!text) return;
      const resolutions: Resolutions = {};
      for (const change of decidable) {
        const decision = decisionOf(change);
        if (decision) resolutions[change.itemId] = resolutionOf(change, decision);
      }
      const result = await api['handoff.merge']({ workshopId: session.workshopId, package: text, resolutions });
      toast({ tone: 'success', message: t('handoff.merge.done', { applied: result.applied }) });
      // The merge went through the core's command path: show what it wrote, keeping any edit not sent yet.
      void session.refresh();
      onClose();
    });

  return (
    <Dialog
      title={t('handoff.merge.title')}
      description={t('handoff.merge.lead')}
      onClose={onClose}
      actions={
        <>
          <button type="button" className="btn btn-secondary" onClick={onClose}>
            {t('share.close')}
          </button>
          {preview ? (
            <button type="button" className="btn btn-primary" disabled={busy || undecided > 0 || decidable.length === 0} onClick={() => void merge()}>
              {t('handoff.merge.submit')}
            </button>
          ) : null}
        </>
      }
    >
      <PackageFileInput label={t('handoff.merge.file')} buttonText={busy ? t('handoff.reading') : t('handoff.chooseFile')} disabled={busy} error={error} onText={(content) => void load(content)} />
      {preview ? (
        <div className="merge-preview">
          <p>{t('handoff.merge.from', { name: preview.author.name, opd: preview.summary.opd.abbreviation, date: formatDateTime(preview.summary.createdAt, language) })}</p>
          <p role="status">{t('handoff.merge.counts', preview.counts)}</p>
          {undecided > 0 ? <p className="notice notice-warning">{t('handoff.merge.undecided', { count: undecided })}</p> : null}
          <ul className="merge-changes">
            {preview.changes.map((change) => (
              <li key={`${change.collection}:${change.itemId}`} className={`merge-change is-${change.status}`}>
                <h3 className="row-title">
                  {change.title} <span className="badge badge-muted">{t(STATUS_LABEL[change.status])}</span>
                </h3>
                {change.problem ? <p className="form-error">{change.problem}</p> : null}
                {change.status === 'conflict' || change.status === 'clean' ? (
                  <>
                    <div className="merge-columns">
                      <section>
                        <h4 className="field-label">{t('handoff.merge.ours')}</h4>
                        <pre className="merge-text">{versionText(change, 'ours', t)}</pre>
                      </section>
                      <section>
                        <h4 className="field-label">{t('handoff.merge.theirs')}</h4>
                        <pre className="merge-text">{versionText(change, 'theirs', t)}</pre>
                      </section>
                    </div>
                    <ChoiceGroup<Decision | undefined>
                      legend={t('handoff.merge.decision', { title: change.title })}
                      choices={[
                        { value: 'theirs', label: t('handoff.merge.takeTheirs') },
                        { value: 'ours', label: t('handoff.merge.keepOurs') },
                        ...(combinable(change) ? [{ value: 'combined' as const, label: t('handoff.merge.combine') }] : []),
                      ]}
                      value={decisionOf(change)}
                      onChange={(decision) => decision && setDecisions((all) => ({ ...all, [change.itemId]: decision }))}
                    />
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </Dialog>
  );
};
