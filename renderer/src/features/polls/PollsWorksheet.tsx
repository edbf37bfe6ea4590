import { useState } from 'react';
import { pollApplication, pollResults, type PollApplication } from '../../../../shared/logic/poll-results';
import type { Poll, PollSettings } from '../../../../shared/model';
import { Dialog } from '../../components/Dialog';
import { newItemId } from '../../forms/new-item-id';
import { useT } from '../../i18n/i18n-context';
import { useSession, useSessionSnapshot, useWorkshop } from '../../session/session-context';
import { ApplyResultDialog } from './ApplyResultDialog';
import { PaperBallotForm } from './PaperBallotForm';
import { PollEditorDialog } from './PollEditorDialog';
import { PollResultsBars } from './PollResultsBars';
import './polls.css';

type Editing = { poll: Poll | null } | null;

/**
 * Jajak pendapat: the facilitator's polls. Create one (kind, options from the workshop or typed,
 * limits, anonymity), open, close and reveal it, follow the results live as counted bars, key in
 * paper ballots, and apply the result where it belongs after a confirmation that says what changes.
 */
export const PollsWorksheet = () => {
  const t = useT();
  const session = useSession();
  const workshop = useWorkshop();
  const { readOnly } = useSessionSnapshot();
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [editing, setEditing] = useState<Editing>(null);
  const [applying, setApplying] = useState<Exclude<PollApplication, { target: null }> | null>(null);
  const [removing, setRemoving] = useState<Poll | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const polls = workshop.polls;
  const selected = polls.find((p) => p.id === selectedId) ?? polls[polls.length - 1] ?? null;

  const send = (command: Parameters<typeof session.dispatch>[0]): string | null => {
    const result = session.dispatch(command);
    setProblem(result.ok ? null : result.message);
    return result.ok ? null : result.message;
  };
  const save = (settings: PollSettings): string | null => {
    if (editing?.poll) return send({ type: 'updatePoll', pollId: editing.poll.id, settings });
    const pollId = newItemId('jajak');
    const refused = send({ type: 'createPoll', pollId, settings });
    if (!refused) setSelectedId(pollId);
    return refused;
  };

  return (
    <div className="polls">
      <div className="notice notice-info">
        <p>{t('polls.intro')}</p>
      </div>
      <div className="polls-layout">
        <nav className="polls-list card" aria-label={t('polls.listLabel')}>
          <button type="button" className="btn btn-primary polls-new" disabled={readOnly} onClick={() => setEditing({ poll: null })}>
            {t('polls.new')}
          </button>
          {polls.length === 0 ? <p className="card-lead">{t('polls.empty')}</p> : null}
          <ul>
            {polls.map((p) => {
              const r = pollResults(p);
              return (
                <li key={p.id}>
                  <button type="button" className="polls-list-item" aria-current={p === selected ? 'true' : undefined} onClick={() => setSelectedId(p.id)}>
                    <span className="polls-list-title">{p.title}</span>
                    <span className="polls-list-meta">
                      <span className={`poll-status poll-status-${p.status}`}>{t(`polls.status.${p.status}`)}</span>
                      <span>{t(`polls.kind.${p.kind}`)}</span>
                      <span>{t('polls.ballots', { count: r.ballots, paper: r.paper })}</span>
                    </span>
                  </button>
                </li>
              );
            })}
          </ul>
        </nav>
        {selected ? (
          <section className="poll-detail card" aria-labelledby="poll-detail-title">
            <div className="card-heading-row">
              <h2 className="card-title" id="poll-detail-title">
                {selected.title}
              </h2>
              <span className={`poll-status poll-status-${selected.status}`}>{t(`polls.status.${selected.status}`)}</span>
            </div>
            <p className="poll-meta">
              {t(`polls.kind.${selected.kind}`)} · {t(selected.anonymous ? 'polls.anonymous' : 'polls.named')}
              {selected.revealed ? ` · ${t('polls.revealed')}` : ''}
              {selected.kind === 'dots' ? ` · ${t('polls.editor.dotsPerPerson')}: ${selected.limits.dotsPerPerson}, ${t('polls.editor.maxPerItem').toLowerCase()}: ${selected.limits.maxPerItem}` : ''}
            </p>
            <div className="poll-actions" role="group" aria-label={selected.title}>
              {selected.status !== 'open' ? (
                <button type="button" className="btn btn-primary" disabled={readOnly} onClick={() => send({ type: 'openPoll', pollId: selected.id })}>
                  {t(selected.status === 'draft' ? 'polls.open' : 'polls.reopen')}
                </button>
              ) : (
                <button type="button" className="btn btn-secondary" disabled={readOnly} onClick={() => send({ type: 'closePoll', pollId: selected.id })}>
                  {t('polls.close')}
                </button>
              )}
              <button type="button" className="btn btn-secondary" disabled={readOnly} onClick={() => send({ type: 'revealPoll', pollId: selected.id, revealed: !selected.revealed })}>
                {t(selected.revealed ? 'polls.hide' : 'polls.reveal')}
              </button>
              <button
                type="button"
                className="btn btn-secondary"
                disabled={readOnly}
                onClick={() => {
                  const application = pollApplication(workshop, selected);
                  if (application.target === null) setProblem(t(`polls.apply.nothing.${application.why}`));
                  else setApplying(application);
                }}
              >
                {t('polls.apply')}
              </button>
              <button type="button" className="btn btn-secondary" disabled={readOnly} onClick={() => setEditing({ poll: selected })}>
                {t('polls.edit')}
              </button>
              <button type="button" className="btn btn-danger-quiet" disabled={readOnly} onClick={() => setRemoving(selected)}>
                {t('polls.remove')}
              </button>
            </div>
            {problem ? (
              <p className="notice notice-warning" role="alert">
                {problem}
              </p>
            ) : null}
            <h3 className="poll-subtitle">
              {t('polls.results')} · {t('polls.ballots', { count: pollResults(selected).ballots, paper: pollResults(selected).paper })}
            </h3>
            <div aria-live="polite">
              <PollResultsBars poll={selected} />
            </div>
            {readOnly ? null : <PaperBallotForm key={`${selected.id}-${selected.kind}-${selected.items.length}`} poll={selected} onAdd={(ballot) => send({ type: 'addPaperBallot', pollId: selected.id, ballot: { ...ballot, paper: true } })} />}
          </section>
        ) : null}
      </div>
      {editing ? <PollEditorDialog poll={editing.poll} onSave={save} onClose={() => setEditing(null)} /> : null}
      {applying && selected ? <ApplyResultDialog application={applying} onConfirm={() => send({ type: 'applyPollResult', pollId: selected.id })} onClose={() => setApplying(null)} /> : null}
      {removing ? (
        <Dialog
          title={t('polls.remove.title')}
          tone="danger"
          onClose={() => setRemoving(null)}
          actions={
            <>
              <button type="button" className="btn btn-secondary" onClick={() => setRemoving(null)}>
                {t('polls.editor.cancel')}
              </button>
              <button
                type="button"
                className="btn btn-danger"
                onClick={() => {
                  send({ type: 'removePoll', pollId: removing.id });
                  setRemoving(null);
                  setSelectedId(null);
                }}
              >
                {t('polls.remove')}
              </button>
            </>
          }
        >
          <p>{t('polls.remove.lead', { title: removing.title, count: removing.ballots.length })}</p>
        </Dialog>
      ) : null}
    </div>
  );
};
