import { richDocToText, type Program } from '../../../../shared/model';
import { Dialog } from '../../components/Dialog';
import { useParticipantT, type ParticipantMessageKey, type ParticipantTranslate } from '../i18n/participant-catalogue';
import { combineDocs } from '../../features/share/combine-docs';
import { overlay, type Draft, type Draftable } from '../drafts/drafts';
import { useOutbox } from '../drafts/outbox-context';

const PROGRAM_TEXT: readonly (keyof Program)[] = ['name', 'description', 'beneficiaries', 'location', 'output', 'outcome', 'impact', 'risks', 'mitigation', 'progress'];

const programText = (p: Program, fields: readonly string[]): string =>
  (fields.length > 0 ? PROGRAM_TEXT.filter((f) => fields.includes(f)) : PROGRAM_TEXT)
    .map((f) => String(p[f] ?? ''))
    .filter((text) => text !== '')
    .join('\n\n');

/** `Program:abc#name` → `name`. */
const fieldsOf = (keys: readonly string[]): string[] => [...new Set(keys.map((k) => (k.includes('#') ? (k.slice(k.indexOf('#') + 1).split('.')[0] ?? '') : '')).filter(Boolean))];

/** What the phone's forms call each field a conflict can name (the keys are the model's). */
const FIELD_LABELS: Readonly<Record<string, ParticipantMessageKey>> = {
  name: 'programs.field.name',
  description: 'programs.field.description',
  beneficiaries: 'programs.field.beneficiaries',
  location: 'programs.field.location',
  output: 'programs.field.output',
  outcome: 'programs.field.outcome',
  impact: 'programs.field.impact',
  risks: 'programs.field.risks',
  mitigation: 'programs.field.mitigation',
  progress: 'participant.programs.progress',
  text: 'participant.conflict.field.text',
  rpjmdIssue: 'participant.conflict.field.rpjmdIssue',
  currentCondition: 'participant.conflict.field.currentCondition',
  targetCondition: 'participant.conflict.field.targetCondition',
  gap: 'participant.conflict.field.gap',
};

/** The conflicting fields by their labels ("Output (keluaran)", not "output"); a field no form shows is left out. */
const fieldNames = (fields: readonly string[], t: ParticipantTranslate): string =>
  fields
    .map((f) => FIELD_LABELS[f])
    .filter((key): key is ParticipantMessageKey => key !== undefined)
    .map((key) => t(key))
    .join(', ');

/** A group's card or proposal: its text fields, one paragraph each. */
const CARD_TEXT = ['name', 'text', 'description', 'rpjmdIssue', 'currentCondition', 'targetCondition', 'gap'] as const;
const cardText = (item: Draftable, fields: readonly string[]): string => {
  const record = item as unknown as Record<string, unknown>;
  return (fields.length > 0 ? CARD_TEXT.filter((f) => fields.includes(f)) : CARD_TEXT)
    .map((f) => record[f])
    .filter((text): text is string => typeof text === 'string' && text !== '')
    .join('\n\n');
};

const textOf = (item: Draftable, fields: readonly string[]): string =>
  'outlineKey' in item ? richDocToText(item.content) : 'code' in item && 'years' in item ? programText(item, fields) : cardText(item, fields);

/**
 * A participant's draft that met someone else's change of the same part (409 with both versions):
 * the newer version beside theirs, one above the other on a phone. They continue from the newer one,
 * combined with their text, replaced by theirs, or left as it is.
 */
export const ConflictDialog = ({ draft }: { draft: Draft }) => {
  const t = useParticipantT();
  const outbox = useOutbox();
  if (draft.state.kind !== 'conflict') return null;
  const { theirs, keys } = draft.state;
  const fields = fieldsOf(keys);
  const mine = draft.item;
  const keep = (item: Draftable) => outbox.resolve(draft.collection, draft.id, { keep: 'item', item });
  const takeLatest = () => outbox.resolve(draft.collection, draft.id, { keep: 'theirs' });
  const isSection = draft.collection === 'section';
  const named = fieldNames(fields, t);
  return (
    <Dialog
      title={isSection ? t('share.stale.title') : t('participant.conflict.title')}
      description={theirs ? t('participant.conflict.lead') : t('participant.conflict.removed')}
      onClose={() => undefined}
      actions={
        <div className="p-dialog-actions">
          {theirs && isSection && 'outlineKey' in theirs && 'outlineKey' in mine ? (
            <button type="button" className="btn btn-primary" onClick={() => keep({ ...theirs, content: combineDocs(theirs.content, mine.content) })}>
              {t('share.stale.useCombined')}
            </button>
          ) : null}
          {theirs ? (
            <button type="button" className="btn btn-secondary" onClick={() => keep(overlay(theirs, mine, fields.length > 0 ? fields : Object.keys(mine)))}>
              {t('share.stale.useMine')}
            </button>
          ) : null}
          <button type="button" className="btn btn-secondary" onClick={takeLatest}>
            {t('share.stale.useLatest')}
          </button>
        </div>
      }
    >
      {named !== '' && !isSection ? <p className="p-row-meta">{t('participant.conflict.fields', { fields: named })}</p> : null}
      <div className="p-conflict-columns">
        {theirs ? (
          <section aria-labelledby="p-conflict-latest">
            <h2 id="p-conflict-latest" className="field-label">
              {t('share.stale.latest')}
            </h2>
            <pre className="merge-text">{textOf(theirs, fields)}</pre>
          </section>
        ) : null}
        <section aria-labelledby="p-conflict-mine">
          <h2 id="p-conflict-mine" className="field-label">
            {t('share.stale.mine')}
          </h2>
          <pre className="merge-text">{textOf(mine, fields)}</pre>
        </section>
      </div>
    </Dialog>
  );
};
