import type { GapAnalysis, RegionalIssue, SwotItem, SwotQuadrant, Workshop } from '../../../../shared/model';
import { ChoiceGroup } from '../../components/ChoiceGroup';
import { Field } from '../../components/Field';
import { newItemId } from '../../forms/new-item-id';
import type { ScreenProps } from '../screens';
import { goTo, participantHref } from '../shell/route';
import { DraftLine, EditorFrame, NoGroup, WorksheetHeader, isClosed, originOf, useFormCopy, useGone, useGroupPlace, type GroupPlace } from './group-parts';
import { useEditableCard, useShownItems, type ShownItem } from './group-items';
import { useGroupT, type GroupTranslate } from './use-group-t';

/*
 * A group member's cards (issue 12): the issues, SWOT factors and gap rows of their group's
 * dimension. Their own cards open as a form (typed into a draft kept on the phone, sent after a pause);
 * the facilitator's (and, when shared, other groups') are shown read-only. A locked worksheet is read-only.
 */

type CardLike = { id: string; dimensionId: string; groupId?: string | null | undefined; hidden?: boolean | undefined };

/** Set aside by the facilitator: the server shows the group only its own such cards, read-only, so it need not type them again. */
const setAside = (card: CardLike | undefined): boolean => card?.hidden === true;

const ofDimension = <T extends CardLike>(cards: readonly T[], place: GroupPlace): T[] => cards.filter((c) => c.dimensionId === place.dimensionId);

interface RowProps {
  screen: string;
  shown: ShownItem<CardLike>;
  place: GroupPlace;
  workshop: Workshop;
  kicker: string;
  title: string;
  meta?: string | undefined;
}

/** One card in a list: a link to its form when it is the group's own, else a read-only row saying where it came from. */
const CardRow = ({ screen, shown, place, workshop, kicker, title, meta }: RowProps) => {
  const t = useGroupT();
  const aside = setAside(shown.item);
  const own = shown.item.groupId === place.groupId && !aside;
  const origin = aside ? t('participant.card.hidden') : originOf(workshop, place.groupId, shown.item, t);
  const body = (
    <>
      <span className="p-row-kicker">
        {kicker} · {origin}
      </span>
      <span className="p-row-title">{title}</span>
      {meta ? <span className="p-row-meta">{meta}</span> : null}
    </>
  );
  return (
    <li>
      {own ? (
        <a className="p-row" href={participantHref(screen, shown.item.id)} aria-label={t('participant.card.open', { text: title })}>
          {body}
        </a>
      ) : (
        <div className={`p-row is-readonly${aside ? ' is-set-aside' : ''}`}>{body}</div>
      )}
      <DraftLine draft={shown.draft} />
    </li>
  );
};

const AddButton = ({ label, screen, prefix, closed, ariaLabel }: { label: string; screen: string; prefix: string; closed: boolean; ariaLabel?: string }) =>
  closed ? null : (
    <button type="button" className="btn btn-primary p-wide p-add" aria-label={ariaLabel} onClick={() => goTo(screen, newItemId(prefix))}>
      <span aria-hidden="true">+</span> {label}
    </button>
  );

const closedNote = (t: GroupTranslate, workshop: Workshop, worksheet: 'isu' | 'swot' | 'kesenjangan', readOnly: boolean): string | null =>
  workshop.room.locks.includes(worksheet) ? t('participant.group.locked') : readOnly ? t('participant.card.readOnly') : null;

// ——— Isu ———

const ISSUES = 'isu';
const ISSUE_KINDS = ['permasalahan', 'potensi'] as const;

export const IssuesScreen = (props: ScreenProps) => {
  const t = useGroupT();
  const place = useGroupPlace(props);
  const { workshop, readOnly, item } = props;
  const shown = useShownItems('issue', place ? ofDimension(workshop.issues, place) : []);
  if (!place) return <NoGroup />;
  if (item) return <IssueEditor key={item} id={item} place={place} workshop={workshop} readOnly={readOnly} />;
  const closed = isClosed(workshop, 'isu', readOnly);
  return (
    <section className="p-screen" aria-labelledby="p-issues-title">
      <WorksheetHeader worksheet="isu" title={t('participant.issues.title')} place={place} workshop={workshop} readOnly={readOnly} headingId="p-issues-title" />
      <AddButton label={t('participant.issues.add')} screen={ISSUES} prefix="isu" closed={closed} />
      {shown.length === 0 ? <p className="p-empty">{t('participant.issues.none')}</p> : null}
      <ul className="p-list">
        {shown.map((s) => (
          <CardRow key={s.item.id} screen={ISSUES} shown={s} place={place} workshop={workshop} kicker={t(`participant.issues.kind.${s.item.kind}`)} title={s.item.text} meta={s.item.rpjmdIssue || undefined} />
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

const IssueEditor = ({ id, place, workshop, readOnly }: EditorProps) => {
  const t = useGroupT();
  const stored = workshop.issues.find((x) => x.id === id);
  const { shown, draft, change, remove } = useEditableCard('issue', id, stored);
  const blank: RegionalIssue = { id, dimensionId: place.dimensionId, kind: 'permasalahan', text: '', rpjmdIssue: '', groupId: place.groupId };
  const [form, setForm] = useFormCopy(shown, blank);
  const gone = useGone(shown !== undefined);
  const own = (shown ?? blank).groupId === place.groupId && !setAside(shown);
  const writable = own && !gone && !isClosed(workshop, 'isu', readOnly);
  const edit = (next: RegionalIssue) => {
    setForm(next);
    if (next.text.trim() !== '') change(next);
  };
  return (
    <EditorFrame
      headingId="p-issue-heading"
      heading={shown ? t('participant.issues.editTitle') : t('participant.issues.new')}
      kicker={t('participant.join.groupDimension', { dimension: place.dimensionName })}
      backHref={participantHref(ISSUES)}
      draft={draft}
      writable={writable}
      closedNote={own ? closedNote(t, workshop, 'isu', readOnly) : t(setAside(shown) ? 'participant.card.hiddenNote' : 'participant.card.readOnly')}
      gone={gone}
      remove={shown ? { label: t('participant.card.remove'), ask: t('participant.card.removeAsk'), yes: t('participant.card.removeYes'), run: () => {
          remove();
          goTo(ISSUES);
        } } : null}
    >
      <ChoiceGroup
        legend={t('participant.issues.kind')}
        choices={ISSUE_KINDS.map((kind) => ({ value: kind, label: t(`participant.issues.kind.${kind}`) }))}
        value={form.kind}
        onChange={(kind) => edit({ ...form, kind })}
      />
      <Field label={t('participant.issues.text')} hint={t('participant.issues.textHint')} requiredLabel={t('common.required')} error={shown !== undefined && form.text.trim() === '' ? t('participant.card.textRequired') : null}>
        {({ inputId, describedBy, invalid }) => (
          <textarea id={inputId} className="input" rows={4} maxLength={2000} value={form.text} aria-describedby={describedBy} aria-invalid={invalid} onChange={(e) => edit({ ...form, text: e.target.value })} />
        )}
      </Field>
      <Field label={t('participant.issues.rpjmd')}>
        {({ inputId }) => <textarea id={inputId} className="input" rows={2} maxLength={500} value={form.rpjmdIssue} onChange={(e) => edit({ ...form, rpjmdIssue: e.target.value })} />}
      </Field>
    </EditorFrame>
  );
};

// ——— SWOT ———

const SWOT = 'swot';
const QUADRANTS: readonly SwotQuadrant[] = ['S', 'W', 'O', 'T'];

export const SwotScreen = (props: ScreenProps) => {
  const t = useGroupT();
  const place = useGroupPlace(props);
  const { workshop, readOnly, item } = props;
  const shown = useShownItems('swotItem', place ? ofDimension(workshop.swotItems, place) : []);
  if (!place) return <NoGroup />;
  if (item) return <SwotEditor key={item} id={item} place={place} workshop={workshop} readOnly={readOnly} />;
  const closed = isClosed(workshop, 'swot', readOnly);
  return (
    <section className="p-screen" aria-labelledby="p-swot-title">
      <WorksheetHeader worksheet="swot" title={t('participant.swot.title')} place={place} workshop={workshop} readOnly={readOnly} headingId="p-swot-title" />
      <div className="p-quadrants">
        {QUADRANTS.map((quadrant) => {
          const cards = shown.filter((s) => s.item.quadrant === quadrant);
          const name = t(`participant.swot.q.${quadrant}`);
          return (
            <section key={quadrant} className={`p-quadrant is-${quadrant}`} aria-labelledby={`p-swot-${quadrant}`}>
              <div className="p-quadrant-head">
                <h2 id={`p-swot-${quadrant}`} className="p-quadrant-title">
                  {name} <span className="p-nav-count">{cards.filter((c) => !setAside(c.item)).length}</span>
                </h2>
                {closed ? null : (
                  <button type="button" className="btn btn-secondary" aria-label={t('participant.swot.addLabel', { quadrant: name })} onClick={() => goTo(SWOT, `${newItemId('swot')}~${quadrant}`)}>
                    <span aria-hidden="true">+</span> {t('participant.swot.add')}
                  </button>
                )}
              </div>
              {cards.length === 0 ? (
                <p className="p-row-meta">{t('participant.swot.none')}</p>
              ) : (
                <ul className="p-list">
                  {cards.map((s) => (
                    <CardRow key={s.item.id} screen={SWOT} shown={s} place={place} workshop={workshop} kicker={quadrant} title={s.item.text} />
                  ))}
                </ul>
              )}
            </section>
          );
        })}
      </div>
    </section>
  );
};

const SwotEditor = ({ id: routeId, place, workshop, readOnly }: EditorProps) => {
  const t = useGroupT();
  // A new factor's route carries the quadrant it was added to: `#/swot/<id>~S`.
  const [id = routeId, quadrantFromRoute] = routeId.split('~');
  const stored = workshop.swotItems.find((x) => x.id === id);
  const { shown, draft, change, remove } = useEditableCard('swotItem', id, stored);
  const startQuadrant = QUADRANTS.find((q) => q === quadrantFromRoute) ?? 'S';
  const blank: SwotItem = { id, dimensionId: place.dimensionId, quadrant: startQuadrant, text: '', groupId: place.groupId };
  const [form, setForm] = useFormCopy(shown, blank);
  const gone = useGone(shown !== undefined);
  const own = (shown ?? blank).groupId === place.groupId && !setAside(shown);
  const writable = own && !gone && !isClosed(workshop, 'swot', readOnly);
  const edit = (next: SwotItem) => {
    setForm(next);
    if (next.text.trim() !== '') change(next);
  };
  return (
    <EditorFrame
      headingId="p-swot-heading"
      heading={shown ? t('participant.swot.editTitle') : t('participant.swot.new')}
      kicker={t('participant.join.groupDimension', { dimension: place.dimensionName })}
      backHref={participantHref(SWOT)}
      draft={draft}
      writable={writable}
      closedNote={own ? closedNote(t, workshop, 'swot', readOnly) : t(setAside(shown) ? 'participant.card.hiddenNote' : 'participant.card.readOnly')}
      gone={gone}
      remove={shown ? { label: t('participant.card.remove'), ask: t('participant.card.removeAsk'), yes: t('participant.card.removeYes'), run: () => {
          remove();
          goTo(SWOT);
        } } : null}
    >
      <ChoiceGroup
        className="p-quadrant-choice"
        legend={t('participant.swot.quadrant')}
        choices={QUADRANTS.map((q) => ({ value: q, label: q, longLabel: t(`participant.swot.q.${q}`) }))}
        value={form.quadrant}
        onChange={(quadrant) => edit({ ...form, quadrant })}
      />
      <p className="p-row-meta" aria-hidden="true">
        {t(`participant.swot.q.${form.quadrant}`)}
      </p>
      <Field label={t('participant.swot.text')} requiredLabel={t('common.required')} error={shown !== undefined && form.text.trim() === '' ? t('participant.card.textRequired') : null}>
        {({ inputId, describedBy, invalid }) => (
          <textarea id={inputId} className="input" rows={4} maxLength={1000} value={form.text} aria-describedby={describedBy} aria-invalid={invalid} onChange={(e) => edit({ ...form, text: e.target.value })} />
        )}
      </Field>
    </EditorFrame>
  );
};

// ——— Kesenjangan ———

const GAP = 'kesenjangan';
const GAP_FIELDS = [
  { field: 'currentCondition', label: 'participant.gap.current' },
  { field: 'targetCondition', label: 'participant.gap.target' },
  { field: 'gap', label: 'participant.gap.gap' },
] as const;

const gapText = (g: GapAnalysis): string => g.gap || g.currentCondition || g.targetCondition;
const hasText = (g: GapAnalysis): boolean => GAP_FIELDS.some(({ field }) => g[field].trim() !== '');

export const GapScreen = (props: ScreenProps) => {
  const t = useGroupT();
  const place = useGroupPlace(props);
  const { workshop, readOnly, item } = props;
  const shown = useShownItems('gapAnalysis', place ? ofDimension(workshop.gapAnalyses, place) : []);
  if (!place) return <NoGroup />;
  if (item) return <GapEditor key={item} id={item} place={place} workshop={workshop} readOnly={readOnly} />;
  const closed = isClosed(workshop, 'kesenjangan', readOnly);
  return (
    <section className="p-screen" aria-labelledby="p-gap-title">
      <WorksheetHeader worksheet="kesenjangan" title={t('participant.gap.title')} place={place} workshop={workshop} readOnly={readOnly} headingId="p-gap-title" />
      <AddButton label={t('participant.gap.add')} screen={GAP} prefix="gap" closed={closed} />
      {shown.length === 0 ? <p className="p-empty">{t('participant.gap.none')}</p> : null}
      <ul className="p-list">
        {shown.map((s) => (
          <CardRow
            key={s.item.id}
            screen={GAP}
            shown={s}
            place={place}
            workshop={workshop}
            kicker={t('participant.gap.gap')}
            title={gapText(s.item) || t('participant.gap.blank')}
            meta={`${t('participant.gap.current')}: ${s.item.currentCondition || t('participant.gap.blank')} → ${t('participant.gap.target')}: ${s.item.targetCondition || t('participant.gap.blank')}`}
          />
        ))}
      </ul>
    </section>
  );
};

const GapEditor = ({ id, place, workshop, readOnly }: EditorProps) => {
  const t = useGroupT();
  const stored = workshop.gapAnalyses.find((x) => x.id === id);
  const { shown, draft, change, remove } = useEditableCard('gapAnalysis', id, stored);
  const blank: GapAnalysis = { id, dimensionId: place.dimensionId, currentCondition: '', targetCondition: '', gap: '', groupId: place.groupId };
  const [form, setForm] = useFormCopy(shown, blank);
  const gone = useGone(shown !== undefined);
  const own = (shown ?? blank).groupId === place.groupId && !setAside(shown);
  const writable = own && !gone && !isClosed(workshop, 'kesenjangan', readOnly);
  const edit = (next: GapAnalysis) => {
    setForm(next);
    if (hasText(next)) change(next);
  };
  return (
    <EditorFrame
      headingId="p-gap-heading"
      heading={shown ? t('participant.gap.editTitle') : t('participant.gap.new')}
      kicker={t('participant.join.groupDimension', { dimension: place.dimensionName })}
      backHref={participantHref(GAP)}
      draft={draft}
      writable={writable}
      closedNote={own ? closedNote(t, workshop, 'kesenjangan', readOnly) : t(setAside(shown) ? 'participant.card.hiddenNote' : 'participant.card.readOnly')}
      gone={gone}
      remove={shown ? { label: t('participant.card.remove'), ask: t('participant.card.removeAsk'), yes: t('participant.card.removeYes'), run: () => {
          remove();
          goTo(GAP);
        } } : null}
    >
      {GAP_FIELDS.map(({ field, label }, index) => (
        <Field key={field} label={t(label)} error={index === 0 && !hasText(form) && shown ? t('participant.gap.needsText') : null}>
          {({ inputId, describedBy, invalid }) => (
            <textarea id={inputId} className="input" rows={3} maxLength={5000} value={form[field]} aria-describedby={describedBy} aria-invalid={invalid} onChange={(e) => edit({ ...form, [field]: e.target.value })} />
          )}
        </Field>
      ))}
    </EditorFrame>
  );
};
