import { englishFor } from '../../i18n/define-messages';
import type { conflictMessages } from './conflict-messages';

/** The English of ./conflict-messages.ts, in its own module so the app loads it only when English is chosen. */
export const conflictMessagesEn = englishFor<typeof conflictMessages>({
  'conflict.title': 'Someone else changed the same field',
  'conflict.lead': 'Your change to {where} was not saved because someone else changed the same field first. Your other changes are saved. Choose which version to keep.',
  'conflict.theirs': 'Their version (saved now)',
  'conflict.yours': 'Your version',
  'conflict.keepMine': 'Keep my version',
  'conflict.takeTheirs': 'Take their version',
  'conflict.more': '{count, plural, one {# more change is} other {# more changes are}} waiting for your choice.',
  'conflict.region': 'the region profile',
  'conflict.part': 'part “{name}”',
  'conflict.empty': '(empty)',
  'conflict.field.name': 'Name',
  'conflict.field.kind': 'Region type',
  'conflict.field.province': 'Province',
  'conflict.field.population': 'Population',
  'conflict.field.areaKm2': 'Area (km²)',
  'conflict.field.kecamatanCount': 'Number of districts (kecamatan)',
  'conflict.field.desaCount': 'Number of villages (desa)',
  'conflict.field.kelurahanCount': 'Number of urban villages (kelurahan)',
  'conflict.field.rpjmdPeriod': 'RPJMD period',
  'conflict.field.regionalHead': 'Regional head',
  'conflict.field.description': 'Description',
  'conflict.field.code': 'Code',
  'conflict.field.content': 'Text',
  'conflict.field.title': 'Title',
  'conflict.field.status': 'Status',
});
