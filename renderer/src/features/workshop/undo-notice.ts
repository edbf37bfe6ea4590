import { reversedAction, type ChangeDescription, type RegionField } from '../../../../shared/commands';
import type { MessageKey } from '../../i18n/catalogue';
import type { Translate } from '../../i18n/i18n-context';

/** The region-profile labels the form shows, so the notice names a field as the user sees it. */
const REGION_FIELD_LABEL: Record<RegionField, MessageKey> = {
  name: 'profile.name',
  kind: 'region.kind',
  province: 'profile.province',
  logo: 'profile.logo',
  population: 'profile.population',
  areaKm2: 'profile.area',
  kecamatanCount: 'profile.kecamatan',
  desaCount: 'profile.desa',
  kelurahanCount: 'profile.kelurahan',
  rpjmdPeriod: 'profile.rpjmd',
  regionalHead: 'undo.field.regionalHead',
  description: 'profile.description',
};

export const regionFieldLabel = (t: Translate, field: RegionField): string => t(REGION_FIELD_LABEL[field]);

const capitalise = (text: string): string => text.charAt(0).toLocaleUpperCase() + text.slice(1);

/** "Provinsi", "Penambahan program “SG-SV-01 Perizinan daring”": the change as the user made it. */
export const wordWhat = (t: Translate, kind: 'undo' | 'redo', description: ChangeDescription): string => {
  const what = description.what;
  switch (what.kind) {
    case 'region':
      return what.fields.map((field) => regionFieldLabel(t, field)).join(', ');
    case 'singleton':
      return t(`undo.part.${what.part}`);
    case 'item': {
      // An undo applies the opposite of what the user did: undoing an addition removes the item.
      const action = kind === 'undo' ? reversedAction(what.action) : what.action;
      const itemKind = t(`undo.kind.${what.collection}`);
      return capitalise(what.name ? t(`undo.item.${action}`, { kind: itemKind, name: what.name }) : t(`undo.item.${action}Unnamed`, { kind: itemKind }));
    }
  }
};

/** The page's name as the navigation shows it. */
export const wordPlace = (t: Translate, place: ChangeDescription['place']): string | null =>
  place === null ? null : place === 'pratinjau' ? t('export.nav') : t(`worksheets.${place}`);

/** "Dibatalkan: Provinsi — Profil Daerah & Horizon Rencana" */
export const wordUndoRedo = (t: Translate, kind: 'undo' | 'redo', description: ChangeDescription): string => {
  const what = wordWhat(t, kind, description);
  const place = wordPlace(t, description.place);
  if (place === null) return t(kind === 'undo' ? 'undo.toast.undoneNowhere' : 'undo.toast.redoneNowhere', { what });
  return t(kind === 'undo' ? 'undo.toast.undone' : 'undo.toast.redone', { what, place });
};
