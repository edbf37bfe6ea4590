import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { Workshop, WorksheetKey } from '../../../../shared/model';
import { useLanguage } from '../../i18n/i18n-context';
import { useSession } from '../../session/session-context';
import { DraftNote } from '../drafts/DraftNote';
import type { Draft } from '../drafts/drafts';
import { useOutbox } from '../drafts/outbox-context';
import type { ScreenProps } from '../screens';
import { useGroupT } from './use-group-t';

/** Where a group member writes: their group and its dimension. */
export interface GroupPlace {
  groupId: string;
  groupName: string;
  dimensionId: string;
  dimensionName: string;
}

/** The member's group and dimension, or null when the group is gone (removed by the facilitator). */
export const useGroupPlace = ({ joined, workshop }: Pick<ScreenProps, 'joined' | 'workshop'>): GroupPlace | null => {
  const { language } = useLanguage();
  const group = workshop.groups.find((g) => g.id === joined.participant.groupId);
  if (!group) return null;
  const dimension = workshop.dimensionSet.dimensions.find((d) => d.id === group.dimensionId);
  const dimensionName = dimension ? (language === 'en' && dimension.nameEn ? dimension.nameEn : dimension.nameId) : '';
  return { groupId: group.id, groupName: group.name, dimensionId: group.dimensionId, dimensionName };
};

/** Whether the group cannot write on a worksheet now: the session is read-only or the facilitator locked it. */
export const isClosed = (workshop: Workshop, worksheet: WorksheetKey, readOnly: boolean): boolean => readOnly || workshop.room.locks.includes(worksheet);

/** Shown in place of a group screen when the member's group no longer exists. */
export const NoGroup = () => {
  const t = useGroupT();
  return (
    <p className="p-empty" role="alert">
      {t('participant.group.gone')}
    </p>
  );
};

interface HeaderProps {
  worksheet: WorksheetKey;
  title: string;
  place: GroupPlace;
  workshop: Workshop;
  readOnly: boolean;
  /** The heading's id, for the screen's aria-labelledby. */
  headingId: string;
}

/** A group worksheet's head: its title and dimension, the lock (with why nothing can be written) and the group's "Selesai" mark. */
export const WorksheetHeader = ({ worksheet, title, place, workshop, readOnly, headingId }: HeaderProps) => {
  const t = useGroupT();
  const session = useSession();
  const locked = workshop.room.locks.includes(worksheet);
  const done = workshop.room.done.some((d) => d.groupId === place.groupId && d.worksheet === worksheet);
  const [refusal, setRefusal] = useState<string | null>(null);
  return (
    <header className="p-sheet-head">
      <p className="p-row-kicker">
        {t('participant.join.groupDimension', { dimension: place.dimensionName })} · {place.groupName}
      </p>
      <h1 id={headingId} className="p-title">
        {title}
      </h1>
      {locked ? (
        <p className="notice notice-warning p-notice" role="status">
          {t('participant.group.locked')}
        </p>
      ) : null}
      {workshop.room.shareAcrossGroups ? <p className="p-row-meta">{t('participant.group.shared')}</p> : null}
      <label className={`p-done${done ? ' is-done' : ''}`}>
        <input
          type="checkbox"
          checked={done}
          disabled={readOnly}
          aria-describedby={`${headingId}-done-hint`}
          onChange={(event) => {
            const result = session.dispatch({ type: 'setGroupDone', groupId: place.groupId, worksheet, done: event.target.checked });
            setRefusal(result.ok ? null : result.message);
          }}
        />
        <span className="p-done-label">{t('participant.group.done')}</span>
      </label>
      <p id={`${headingId}-done-hint`} className="field-hint">
        {done ? t('participant.group.doneOn') : t('participant.group.doneHint')}
      </p>
      {refusal ? (
        <p className="field-message is-error" role="alert">
          {refusal}
        </p>
      ) : null}
    </header>
  );
};

/** Where a card came from: this group, the facilitator, or another group (when the facilitator shares cards across groups). */
export const originOf = (workshop: Workshop, groupId: string, card: { groupId?: string | null | undefined }, t: ReturnType<typeof useGroupT>): string => {
  if (!card.groupId) return t('participant.card.facilitator');
  if (card.groupId === groupId) return t('participant.card.mine');
  return t('participant.card.from', { group: workshop.groups.find((g) => g.id === card.groupId)?.name ?? card.groupId });
};

/** A draft's note, and for a refused one the way on: send it again, or drop it. */
export const DraftLine = ({ draft }: { draft: Draft | undefined }) => {
  const t = useGroupT();
  const outbox = useOutbox();
  if (!draft) return null;
  return (
    <div className="p-draft-line">
      <DraftNote draft={draft} />
      {draft.state.kind === 'refused' ? (
        <div className="p-draft-actions">
          <button type="button" className="btn btn-secondary" onClick={() => outbox.retry(draft.collection, draft.id)}>
            {t('participant.draft.retry')}
          </button>
          <button type="button" className="btn btn-secondary" onClick={() => outbox.discard(draft.collection, draft.id)}>
            {t('participant.draft.discard')}
          </button>
        </div>
      ) : null}
    </div>
  );
};

interface EditorFrameProps {
  headingId: string;
  heading: string;
  kicker?: string | undefined;
  backHref: string;
  draft: Draft | undefined;
  /** Writable now: own, the worksheet open, the session writable. */
  writable: boolean;
  /** Why not, when it is not (locked, read-only, decided). */
  closedNote: string | null;
  /** The item had been there and is no longer (removed, merged or hidden by the facilitator). */
  gone: boolean;
  remove: { label: string; ask: string; yes: string; run(): void } | null;
  children: ReactNode;
}

/** One card or proposal opened on the phone: back, heading, its draft state, the form, and removing it (asked twice). */
export const EditorFrame = ({ headingId, heading, kicker, backHref, draft, writable, closedNote, gone, remove, children }: EditorFrameProps) => {
  const t = useGroupT();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [asking, setAsking] = useState(false);
  useEffect(() => headingRef.current?.focus(), []);
  return (
    <section className="p-screen p-editor" aria-labelledby={headingId}>
      <a className="btn btn-secondary p-back" href={backHref}>
        <span aria-hidden="true">←</span> {t('participant.card.back')}
      </a>
      {kicker ? <p className="p-row-kicker">{kicker}</p> : null}
      <h1 id={headingId} className="p-title" ref={headingRef} tabIndex={-1}>
        {heading}
      </h1>
      {gone ? (
        <p className="notice notice-warning p-notice" role="alert">
          {t('participant.card.gone')}
        </p>
      ) : null}
      {closedNote ? (
        <p className="notice notice-warning p-notice" role="status">
          {closedNote}
        </p>
      ) : null}
      <DraftLine draft={draft} />
      <fieldset className="p-form" disabled={!writable}>
        <legend className="visually-hidden">{heading}</legend>
        {children}
      </fieldset>
      {writable ? <p className="field-hint">{t('participant.card.autosave')}</p> : null}
      {remove && writable && !gone ? (
        asking ? (
          <div className="p-card p-confirm" role="group" aria-label={remove.label}>
            <p>{remove.ask}</p>
            <div className="p-buttons">
              <button type="button" className="btn btn-secondary" onClick={() => setAsking(false)}>
                {t('participant.card.cancel')}
              </button>
              <button type="button" className="btn btn-danger" onClick={remove.run}>
                {remove.yes}
              </button>
            </div>
          </div>
        ) : (
          <button type="button" className="btn btn-secondary p-wide p-remove" onClick={() => setAsking(true)}>
            {remove.label}
          </button>
        )
      ) : null}
    </section>
  );
};

const trimmed = (value: unknown): string => JSON.stringify(value, (_key, v: unknown) => (typeof v === 'string' ? v.trim() : v));

/**
 * A form's own copy of an item: typed into freely (an empty required field stays on screen), taken
 * again from `shown` when that changes for another reason than what was typed here (the server
 * trims spaces, so a save coming back is not a change).
 */
export const useFormCopy = <T,>(shown: T | undefined, blank: T): [T, (next: T) => void] => {
  const [form, setForm] = useState<T>(shown ?? blank);
  const formRef = useRef(form);
  formRef.current = form;
  const key = shown === undefined ? '' : trimmed(shown);
  useEffect(() => {
    if (shown !== undefined && trimmed(formRef.current) !== key) setForm(shown);
    // `key` stands for `shown`.
  }, [key]);
  return [form, setForm];
};

/** Whether the editor's item was there and went away meanwhile. */
export const useGone = (present: boolean): boolean => {
  const seen = useRef(false);
  if (present) seen.current = true;
  return seen.current && !present;
};
