import { useId, useState } from 'react';
import { ProposalStatusSchema, type ProgramProposal, type ProposalStatus } from '../../../../shared/model';
import { useLanguage, useT } from '../../i18n/i18n-context';
import { useSessionSnapshot, useWorkshop } from '../../session/session-context';
import { RoomBar } from '../room/RoomBar';
import { dimensionName } from '../summary/lookups';
import { AcceptProposalDialog } from './AcceptProposalDialog';
import { DeclineProposalDialog } from './DeclineProposalDialog';
import { MergeProposalDialog } from './MergeProposalDialog';
import { ProposalCard } from './ProposalCard';
import './proposals.css';

type Decision = { kind: 'accept' | 'merge' | 'decline'; proposal: ProgramProposal };
const ALL = '';

/**
 * Usulan: the programs the groups propose from their phones, by status (new first) and group.
 * Each new one is accepted into the matrix (a new code), merged into an existing program, or
 * declined with a reason; every decision is one command with its "Urungkan".
 */
export const ProposalsWorksheet = () => {
  const t = useT();
  const { language } = useLanguage();
  const w = useWorkshop();
  const { readOnly } = useSessionSnapshot();
  const [status, setStatus] = useState<ProposalStatus | typeof ALL>('baru');
  const [groupId, setGroupId] = useState<string>(ALL);
  const [query, setQuery] = useState('');
  const [decision, setDecision] = useState<Decision | null>(null);
  const statusId = useId();
  const groupFieldId = useId();
  const searchId = useId();
  const q = query.trim().toLowerCase();
  const shown = w.proposals.filter(
    (p) => (status === ALL || p.status === status) && (groupId === ALL || p.groupId === groupId) && (q === '' || p.name.toLowerCase().includes(q) || p.description.toLowerCase().includes(q)),
  );
  const count = (s: ProposalStatus) => w.proposals.filter((p) => p.status === s).length;
  const groupOrder = new Map(w.groups.map((g, i) => [g.id, i]));
  const byGroup = (a: ProgramProposal, b: ProgramProposal) => (groupOrder.get(a.groupId) ?? 999) - (groupOrder.get(b.groupId) ?? 999);
  const sections = ProposalStatusSchema.options.map((s) => ({ status: s, items: shown.filter((p) => p.status === s).sort(byGroup) })).filter((s) => s.items.length > 0);

  return (
    <div className="proposals-worksheet">
      <RoomBar worksheet="usulan" />
      <div className="filter-bar proposals-filters" role="search" aria-label={t('proposals.filters')}>
        <div className="field">
          <label className="field-label" htmlFor={statusId}>
            {t('proposals.filter.status')}
          </label>
          <select id={statusId} className="input" value={status} onChange={(e) => setStatus(e.target.value === ALL ? ALL : ProposalStatusSchema.parse(e.target.value))}>
            <option value={ALL}>{t('proposals.filter.allStatus', { count: w.proposals.length })}</option>
            {ProposalStatusSchema.options.map((s) => (
              <option key={s} value={s}>
                {t(`proposals.status.${s}`)} ({count(s)})
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label className="field-label" htmlFor={groupFieldId}>
            {t('proposals.filter.group')}
          </label>
          <select id={groupFieldId} className="input" value={groupId} onChange={(e) => setGroupId(e.target.value)}>
            <option value={ALL}>{t('proposals.filter.allGroups')}</option>
            {w.groups.map((g) => (
              <option key={g.id} value={g.id}>
                {g.name} · {dimensionName(w, g.dimensionId, language)}
              </option>
            ))}
          </select>
        </div>
        <div className="field filter-bar-search">
          <label className="field-label" htmlFor={searchId}>
            {t('proposals.filter.search')}
          </label>
          <input id={searchId} type="search" className="input" autoComplete="off" value={query} onChange={(e) => setQuery(e.target.value)} />
        </div>
        <p className="filter-bar-count" aria-live="polite">
          {t('proposals.shown', { count: shown.length, total: w.proposals.length })}
        </p>
      </div>
      {w.proposals.length === 0 ? (
        <p className="empty-note proposals-empty">{t('proposals.empty')}</p>
      ) : sections.length === 0 ? (
        <div className="empty-note proposals-empty">
          {/* Every proposal decided, the default filter ("Baru") now shows none: say so, not "nothing matches". */}
          <p>{status === 'baru' && count('baru') === 0 && groupId === ALL && q === '' ? t('proposals.allDecided') : t('proposals.noMatch')}</p>
          <button
            type="button"
            className="btn btn-secondary"
            onClick={() => {
              setStatus(ALL);
              setGroupId(ALL);
              setQuery('');
            }}
          >
            {t('proposals.showAll', { count: w.proposals.length })}
          </button>
        </div>
      ) : (
        sections.map((section) => (
          <section key={section.status} className="proposals-section" aria-labelledby={`proposals-${section.status}`}>
            <h2 id={`proposals-${section.status}`} className="proposals-section-title">
              {t(`proposals.section.${section.status}`)} <span className="badge badge-muted">{section.items.length}</span>
            </h2>
            <ol className="proposal-list">
              {section.items.map((p) => (
                <ProposalCard key={p.id} proposal={p} readOnly={readOnly} onDecide={(kind) => setDecision({ kind, proposal: p })} />
              ))}
            </ol>
          </section>
        ))
      )}
      {decision?.kind === 'accept' ? <AcceptProposalDialog proposal={decision.proposal} onClose={() => setDecision(null)} /> : null}
      {decision?.kind === 'merge' ? <MergeProposalDialog proposal={decision.proposal} onClose={() => setDecision(null)} /> : null}
      {decision?.kind === 'decline' ? <DeclineProposalDialog proposal={decision.proposal} onClose={() => setDecision(null)} /> : null}
    </div>
  );
};
