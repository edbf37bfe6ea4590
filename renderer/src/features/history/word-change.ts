import { reversedAction, reversedChange, type Change, type ChangeDescription, type RegionField } from '../../../../shared/commands';
import type { MessageKey } from '../../i18n/catalogue';
import type { Translate } from '../../i18n/i18n-context';

/*
 * The words for a change described by shared/commands/describe.ts (a code and its params), in the
 * UI's language: as a line of the Riwayat change log ("Menambah program “Angkot Pintar”") and as the
 * step an undo/redo notice names ("Penambahan program “Angkot Pintar”"). Both use one vocabulary:
 * the kinds and parts of undo-messages.ts and the region-profile labels of the form.
 */

/** The region-profile labels the form shows, so a change names a field as the user sees it. */
const REGION_FIELD_LABEL: Record<RegionField, MessageKey> = {
  name: 'profile.name',
  kind: 'region.kind',
  code: 'profile.code',
  province: 'profile.province',
  capital: 'profile.capital',
  motto: 'profile.motto',
  logo: 'profile.logo',
  population: 'profile.population',
  populationYear: 'profile.populationYear',
  areaKm2: 'profile.area',
  kecamatanCount: 'profile.kecamatan',
  kecamatan: 'profile.kecamatanList',
  desaCount: 'profile.desa',
  kelurahanCount: 'profile.kelurahan',
  rpjmdPeriod: 'profile.rpjmd',
  regionalHead: 'undo.field.regionalHead',
  milestones: 'profile.milestones.title',
  description: 'profile.description',
};

export const regionFieldLabel = (t: Translate, field: RegionField): string => t(REGION_FIELD_LABEL[field]);

const capitalise = (text: string): string => text.charAt(0).toLocaleUpperCase() + text.slice(1);

/** A batch's own words around its first parts (each worded by `part`). */
const wordBatch = (t: Translate, params: Extract<Change, { code: 'batch' }>['params'], part: (change: Change) => string): string => {
  const first = params.first.map(part).join('; ');
  const more = params.count - params.first.length;
  return more > 0 ? t('history.change.batchMore', { count: params.count, first, more }) : t('history.change.batch', { count: params.count, first });
};

/** The room's changes (issue 12): one sentence each, the same in the change log and in the undo/redo notice. */
type RoomChange = Extract<Change, { code: 'card.hidden' | 'cards.merged' | 'worksheet.locked' | 'group.done' | 'room.shared' | 'proposal.decided' }>;

/** "isu “Antrean panjang”", or the kind alone when the item has no name at hand. */
const named = (t: Translate, kind: string, name: string): string => (name ? t('history.change.named', { thing: kind, label: name }) : kind);

const PROPOSAL_WORDS = { diterima: ['undo.room.accepted', 'undo.room.acceptedNew'], digabung: ['undo.room.merged', 'undo.room.mergedAny'], ditolak: ['undo.room.declined', 'undo.room.declined'] } as const;

const wordRoom = (t: Translate, change: RoomChange): string => {
  switch (change.code) {
    case 'card.hidden': {
      const thing = named(t, t(`undo.kind.${change.params.collection}`), change.params.name);
      return capitalise(t(change.params.hidden ? 'undo.room.cardHidden' : 'undo.room.cardShown', { thing }));
    }
    case 'cards.merged':
      return capitalise(t('undo.room.cardsMerged', { count: change.params.count, thing: named(t, t(`undo.kind.${change.params.collection}`), change.params.name) }));
    case 'worksheet.locked':
      return t(change.params.locked ? 'undo.room.locked' : 'undo.room.unlocked', { sheet: t(`undo.room.sheet.${change.params.worksheet}`) });
    case 'group.done': {
      const group = change.params.name || t('undo.room.someGroup');
      return capitalise(t(change.params.done ? 'undo.room.done' : 'undo.room.notDone', { group, sheet: t(`undo.room.sheet.${change.params.worksheet}`) }));
    }
    case 'room.shared':
      return t(change.params.shared ? 'undo.room.shared' : 'undo.room.unshared');
    case 'proposal.decided': {
      const { name, decision, program, reopened } = change.params;
      const thing = named(t, t('undo.kind.Proposal'), name);
      if (reopened) return capitalise(t('undo.room.reopened', { thing }));
      const [withProgram, without] = PROPOSAL_WORDS[decision];
      return capitalise(program ? t(withProgram, { thing, program }) : t(without, { thing }));
    }
  }
};

/** One line of the change log: "Menambah program “PRG-07”", "Mengubah visi", "Mengubah profil daerah: Provinsi". */
export const wordLogChange = (t: Translate, change: Change): string => {
  switch (change.code) {
    case 'region.changed':
      return change.params.fields.length > 0
        ? t('history.change.region', { fields: change.params.fields.map((f) => regionFieldLabel(t, f)).join(', ') })
        : t('history.change.edit', { thing: t('undo.part.region') });
    case 'part.changed':
      return t('history.change.edit', { thing: t(`undo.part.${change.params.part}`) });
    case 'item.added':
    case 'item.changed':
    case 'item.removed': {
      const kind = t(`undo.kind.${change.params.collection}`);
      const thing = change.params.name ? t('history.change.named', { thing: kind, label: change.params.name }) : kind;
      const verb = change.code === 'item.added' ? 'history.change.add' : change.code === 'item.removed' ? 'history.change.remove' : 'history.change.edit';
      return t(verb, { thing });
    }
    case 'snapshot.restored':
      return change.params.revision === null ? t('history.change.restoreAny') : t('history.change.restore', { revision: change.params.revision });
    case 'batch':
      return wordBatch(t, change.params, (part) => wordLogChange(t, part));
    case 'card.hidden':
    case 'cards.merged':
    case 'worksheet.locked':
    case 'group.done':
    case 'room.shared':
    case 'proposal.decided':
      return wordRoom(t, change);
    case 'unknown':
      return t('history.change.other', { type: change.params.type });
  }
};

/**
 * The step an undo or redo took, as the user made it: "Provinsi", "Penambahan program “Perizinan daring”".
 * An undo applies the opposite of what the user did (undoing an addition removes the item), so its
 * description is reversed back.
 */
export const wordStep = (t: Translate, kind: 'undo' | 'redo', change: Change): string => {
  switch (change.code) {
    case 'region.changed':
      return change.params.fields.length > 0 ? change.params.fields.map((field) => regionFieldLabel(t, field)).join(', ') : capitalise(t('undo.part.region'));
    case 'part.changed':
      return capitalise(t(`undo.part.${change.params.part}`));
    case 'item.added':
    case 'item.changed':
    case 'item.removed': {
      const done = change.code.slice('item.'.length) as 'added' | 'changed' | 'removed';
      const action = kind === 'undo' ? reversedAction(done) : done;
      const itemKind = t(`undo.kind.${change.params.collection}`);
      const name = change.params.name;
      return capitalise(name ? t(`undo.item.${action}`, { kind: itemKind, name }) : t(`undo.item.${action}Unnamed`, { kind: itemKind }));
    }
    case 'snapshot.restored':
      return change.params.revision === null ? t('history.change.restoreAny') : t('history.change.restore', { revision: change.params.revision });
    case 'batch':
      return wordBatch(t, change.params, (part) => wordStep(t, kind, part));
    case 'card.hidden':
    case 'cards.merged':
    case 'worksheet.locked':
    case 'group.done':
    case 'room.shared':
    case 'proposal.decided':
      // An undo applied the opposite (a card shown again, a proposal new again): told as what the user did.
      return wordRoom(t, (kind === 'undo' ? reversedChange(change) : change) as RoomChange);
    case 'unknown':
      return t('history.change.other', { type: change.params.type });
  }
};

/** The page's name as the navigation shows it. */
export const wordPlace = (t: Translate, place: ChangeDescription['place']): string | null =>
  place === null ? null : place === 'pratinjau' ? t('export.nav') : t(`worksheets.${place}`);

/** "Dibatalkan: Provinsi — Profil Daerah & Horizon Rencana" */
export const wordUndoRedo = (t: Translate, kind: 'undo' | 'redo', description: ChangeDescription): string => {
  const what = wordStep(t, kind, description);
  const place = wordPlace(t, description.place);
  if (place === null) return t(kind === 'undo' ? 'undo.toast.undoneNowhere' : 'undo.toast.redoneNowhere', { what });
  return t(kind === 'undo' ? 'undo.toast.undone' : 'undo.toast.redone', { what, place });
};
