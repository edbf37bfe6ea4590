import { richDocToText, type RichDoc } from '../../../../shared/model';
import { Dialog } from '../../components/Dialog';
import { formatNumber } from '../../i18n/format';
import { useLanguage, useT, type Language, type Translate } from '../../i18n/i18n-context';
import type { MessageKey } from '../../i18n/catalogue';
import { conflictMessages } from './conflict-messages';
import { useSession, useSyncSlice } from '../../session/session-context';
import type { HeldConflict } from '../../session/sync-engine';
import '../share/share.css';

const isRichDoc = (value: unknown): value is RichDoc => typeof value === 'object' && value !== null && (value as { type?: unknown }).type === 'doc';

const shown = (value: unknown, t: Translate, language: Language): string => {
  if (value === null || value === undefined || value === '') return t('conflict.empty');
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return formatNumber(value, language, 6);
  if (isRichDoc(value)) return richDocToText(value);
  return JSON.stringify(value, null, 2);
};

const fieldOf = (key: string): string | null => (key.includes('#') ? (key.slice(key.indexOf('#') + 1).split('.')[0] ?? null) : null);

const fieldLabel = (field: string | null, t: Translate): string => {
  if (field === null) return '';
  const key = `conflict.field.${field}`;
  return key in conflictMessages.id ? t(key as MessageKey) : field;
};

const read = (value: unknown, field: string | null): unknown => (field === null || typeof value !== 'object' || value === null ? value : (value as Record<string, unknown>)[field]);

/** Where the conflict is, in words: "profil wilayah", "program “Satu Data”". */
const whereOf = (conflict: HeldConflict, t: Translate): string => {
  const target = conflict.target ?? '';
  if (target === 'region') return t('conflict.region');
  const colon = target.indexOf(':');
  const theirs = conflict.theirs as { name?: unknown; title?: unknown } | null;
  const name = typeof theirs?.name === 'string' ? theirs.name : typeof theirs?.title === 'string' ? theirs.title : '';
  if (colon > 0) {
    const kind = t(`undo.kind.${target.slice(0, colon)}` as MessageKey);
    return name ? `${kind} “${name}”` : kind;
  }
  return t('conflict.part', { name: target });
};

/**
 * An edit held because someone else changed the same field first: both versions of each field in
 * conflict side by side, and the choice. Keep mine sends the user's values over the stored item
 * (other fields keep what is stored); take theirs lets the stored version stand.
 */
export const ConflictPanel = () => {
  const t = useT();
  const { language } = useLanguage();
  const session = useSession();
  const conflicts = useSyncSlice((s) => s.conflicts);
  const conflict = conflicts[0];
  if (!conflict) return null;
  const fields = [...new Set(conflict.keys.map(fieldOf))];
  return (
    <Dialog
      title={t('conflict.title')}
      description={t('conflict.lead', { where: whereOf(conflict, t) })}
      onClose={() => undefined}
      actions={
        <>
          <button type="button" className="btn btn-secondary" onClick={() => session.resolveConflict(conflict.id, 'theirs')}>
            {t('conflict.takeTheirs')}
          </button>
          <button type="button" className="btn btn-primary" onClick={() => session.resolveConflict(conflict.id, 'mine')}>
            {t('conflict.keepMine')}
          </button>
        </>
      }
    >
      <div className="merge-columns">
        {(['theirs', 'yours'] as const).map((side) => (
          <section key={side} aria-labelledby={`conflict-${side}`}>
            <h3 id={`conflict-${side}`} className="field-label">
              {t(side === 'theirs' ? 'conflict.theirs' : 'conflict.yours')}
            </h3>
            {fields.map((field) => (
              <div key={field ?? 'whole'}>
                {field !== null ? <p className="field-label">{fieldLabel(field, t)}</p> : null}
                <pre className="merge-text" data-side={side}>
                  {shown(read(conflict[side], field), t, language)}
                </pre>
              </div>
            ))}
          </section>
        ))}
      </div>
      {conflicts.length > 1 ? <p>{t('conflict.more', { count: conflicts.length - 1 })}</p> : null}
    </Dialog>
  );
};
