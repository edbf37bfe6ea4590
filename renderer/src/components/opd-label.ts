import type { Opd } from '../../../shared/model';

/** What a chooser needs of an OPD. */
export type OpdChoice = Pick<Opd, 'id' | 'abbreviation' | 'name'>;

/** How an OPD reads in every chooser: "Diskominfo · Dinas Komunikasi dan Informatika" (the name alone when there is no distinct abbreviation). */
export const opdOptionText = (opd: Omit<OpdChoice, 'id'>): string =>
  opd.abbreviation && opd.abbreviation !== opd.name ? `${opd.abbreviation} · ${opd.name}` : opd.name || opd.abbreviation;
