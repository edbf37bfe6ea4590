import { useEffect, useRef } from 'react';
import type { ProgramProposal, Workshop } from '../../../../shared/model';
import { Field } from '../../components/Field';
import { newItemId } from '../../forms/new-item-id';
import { useLanguage } from '../../i18n/i18n-context';
import { useSession } from '../../session/session-context';
import type { ScreenProps } from '../screens';
import { goTo, participantHref } from '../shell/route';
import { DraftLine, EditorFrame, NoGroup, WorksheetHeader, isClosed, useFormCopy, useGone, useGroupPlace, type GroupPlace } from './group-parts';
import { useEditableCard, useShownItems } from './group-items';
import { useGroupT, type GroupTranslate } from './use-group-t';
import { OpdSelect } from '../../components/OpdSelect';
import { NameArea } from '../drafts/NameArea';

/*
 * "Usulan program" (issue 12): a group proposes programs for its dimension (name, description,
 * element, lead OPD, the issues it answers) and follows what the facilitator decided: new, accepted
 * into the matrix (with the program's code), merged into a program, or declined with a reason.
 */

const SCREEN = 'usulan';
const STATUS_CHIP = { baru: 'chip', diterima: 'chip chip-green', digabung: 'chip chip-amber', ditolak: 'chip chip-red' } as const;

/** What the facilitator decided, in a sentence (with the program's code when the view has the program). */
const outcomeOf = (t: GroupTranslate, workshop: Workshop, p: ProgramProposal): string => {
  const program = p.programId ? workshop.programs.find((x) => x.id === p.programId) : undefined;
  switch (p.status) {
    case 'diterima':
      return program ? t('participant.proposals.accepted', { code: program.code }) : t('participant.proposals.acceptedNoCode');
    case 'digabung':
      return program ? t('participant.proposals.merged', { code: program.code, name: program.name }) : t('participant.proposals.mergedNoCode');
    case 'ditolak':
      return t('participant.proposals.declined', { reason: p.reason });
    default:
      return t('participant.proposals.waiting');
  }
};

/**
 * A decision arrives on the live feed as the proposal's new state, without the program it made: the
 * workshop is opened again once for each program the page does not have yet, to show its code.
 */
const useDecidedPrograms = (workshop: Workshop) => {
  const session = useSession();
  const asked = useRef(new Set<string>());
  const missing = workshop.proposals
    .filter((p) => (p.status === 'diterima' || p.status === 'digabung') && p.programId && !workshop.programs.some((x) => x.id === p.programId))
    .map((p) => p.programId ?? '')
    .filter((id) => !asked.current.has(id));
  const key = missing.join(' ');
  useEffect(() => {
    if (key === '') return;
    for (const id of key.split(' ')) asked.current.add(id);
    void session.load();
  }, [key, session]);
};

export const ProposalsScreen = (props: ScreenProps) => {
  const t = useGroupT();
  const place = useGroupPlace(props);
  const { workshop, readOnly, item } = props;
  useDecidedPrograms(workshop);
  const shown = useShownItems(
    'proposal',
    workshop.proposals.filter((p) => p.groupId === place?.groupId),
  );
  if (!place) return <NoGroup />;
  if (item) return <ProposalEditor key={item} id={item} place={place} workshop={workshop} readOnly={readOnly} />;
  const closed = isClosed(workshop, 'usulan', readOnly);
  return (
    <section className="p-screen" aria-labelledby="p-proposals-title">
      <WorksheetHeader worksheet="usulan" title={t('participant.proposals.title')} place={place} workshop={workshop} readOnly={readOnly} headingId="p-proposals-title" />
      <p className="p-lead">{t('participant.proposals.lead')}</p>
      {closed ? null : (
        <button type="button" className="btn btn-primary p-wide p-add" onClick={() => goTo(SCREEN, newItemId('usulan'))}>
          <span aria-hidden="true">+</span> {t('participant.proposals.add')}
        </button>
      )}
      {shown.length === 0 ? <p className="p-empty">{t('participant.proposals.none')}</p> : null}
      <ul className="p-list">
        {shown.map(({ item: p, draft }) => (
          <li key={p.id}>
            <a className="p-row" href={participantHref(SCREEN, p.id)} aria-label={t('participant.proposals.open', { name: p.name })}>
              <span className="p-row-kicker">
                <span className={STATUS_CHIP[p.status]}>{t(`participant.proposals.status.${p.status}`)}</span>
                {p.issueIds.length > 0 ? ` ${t('participant.proposals.issueCount', { count: p.issueIds.length })}` : ''}
              </span>
              <span className="p-row-title">{p.name}</span>
              <span className="p-row-meta">{outcomeOf(t, workshop, p)}</span>
            </a>
            <DraftLine draft={draft} />
          </li>
        ))}
      </ul>
    </section>
  );
};

interface EditorProps {
  id: string;
  place: GroupPlace;
  workshop: Workshop;
  readOnly: boolean;
}

const ProposalEditor = ({ id, place, workshop, readOnly }: EditorProps) => {
  const t = useGroupT();
  const { language } = useLanguage();
  const stored = workshop.proposals.find((x) => x.id === id);
  const { shown, draft, change, remove } = useEditableCard('proposal', id, stored);
  const blank: ProgramProposal = {
    id,
    groupId: place.groupId,
    dimensionId: place.dimensionId,
    elementId: null,
    name: '',
    description: '',
    leadOpdId: null,
    issueIds: [],
    proposedBy: '',
    status: 'baru',
    programId: null,
    reason: '',
  };
  const [form, setForm] = useFormCopy(shown, blank);
  const gone = useGone(shown !== undefined);
  const decided = (shown ?? blank).status !== 'baru';
  const locked = isClosed(workshop, 'usulan', readOnly);
  const writable = !decided && !gone && !locked;
  const edit = (next: ProgramProposal) => {
    setForm(next);
    if (next.name.trim() !== '') change(next);
  };
  const dimension = workshop.dimensionSet.dimensions.find((d) => d.id === place.dimensionId);
  const issues = workshop.issues.filter((i) => i.dimensionId === place.dimensionId && i.hidden !== true);
  const note = decided
    ? t('participant.proposals.decided')
    : workshop.room.locks.includes('usulan')
      ? t('participant.group.locked')
      : readOnly
        ? t('participant.card.readOnly')
        : null;
  return (
    <EditorFrame
      headingId="p-proposal-heading"
      heading={shown ? t(decided ? 'participant.proposals.decidedTitle' : 'participant.proposals.editTitle') : t('participant.proposals.new')}
      kicker={t('participant.join.groupDimension', { dimension: place.dimensionName })}
      backHref={participantHref(SCREEN)}
      draft={draft}
      writable={writable}
      closedNote={note}
      gone={gone}
      remove={
        shown
          ? {
              label: t('participant.proposals.remove'),
              ask: t('participant.proposals.removeAsk'),
              yes: t('participant.proposals.removeYes'),
              run: () => {
                remove();
                goTo(SCREEN);
              },
            }
          : null
      }
    >
      {shown ? (
        <div className="p-outcome">
          <span className={STATUS_CHIP[form.status]}>{t(`participant.proposals.status.${form.status}`)}</span>
          <p className="p-row-meta">{outcomeOf(t, workshop, form)}</p>
          {form.proposedBy ? <p className="p-row-meta">{t('participant.proposals.by', { name: form.proposedBy })}</p> : null}
        </div>
      ) : null}
      <Field label={t('participant.proposals.name')} requiredLabel={t('common.required')} error={shown !== undefined && form.name.trim() === '' ? t('participant.proposals.nameRequired') : null}>
        {({ inputId, describedBy, invalid }) => (
          <NameArea id={inputId} maxLength={300} value={form.name} describedBy={describedBy} invalid={invalid} onChange={(name) => edit({ ...form, name })} />
        )}
      </Field>
      <Field label={t('participant.proposals.description')}>
        {({ inputId }) => <textarea id={inputId} className="input" rows={4} maxLength={5000} value={form.description} onChange={(e) => edit({ ...form, description: e.target.value })} />}
      </Field>
      <Field label={t('participant.proposals.element')}>
        {({ inputId }) => (
          <select id={inputId} className="input" value={form.elementId ?? ''} onChange={(e) => edit({ ...form, elementId: e.target.value || null })}>
            <option value="">{t('participant.proposals.noElement')}</option>
            {(dimension?.elements ?? []).map((el) => (
              <option key={el.id} value={el.id}>
                {el.code} {language === 'en' && el.nameEn ? el.nameEn : el.nameId}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('participant.proposals.leadOpd')}>
        {({ inputId }) => (
          <OpdSelect id={inputId} value={form.leadOpdId} opds={workshop.opds} noneLabel={t('participant.proposals.noLead')} onChange={(leadOpdId) => edit({ ...form, leadOpdId })} />
        )}
      </Field>
      <fieldset className="fieldset p-checks">
        <legend className="field-label">{t('participant.proposals.issues')}</legend>
        {issues.length === 0 ? <p className="p-row-meta">{t('participant.proposals.noIssues')}</p> : null}
        {issues.map((issue) => (
          <label key={issue.id} className="p-check">
            <input
              type="checkbox"
              checked={form.issueIds.includes(issue.id)}
              onChange={(e) => edit({ ...form, issueIds: e.target.checked ? [...form.issueIds, issue.id] : form.issueIds.filter((x) => x !== issue.id) })}
            />
            <span>{issue.text}</span>
          </label>
        ))}
      </fieldset>
    </EditorFrame>
  );
};
