import type { Opd, PlanHorizon, Program } from '../../../../../shared/model';
import type { Language, Translate } from '../../../i18n/i18n-context';
import type { DispatchResult } from '../../../session/workshop-session';
import type { ProgramLookups } from '../program-lookups';

/** The matrix cells that can be edited in place. */
export type CellColumn = 'name' | 'leadOpd' | 'years' | 'budget';

/** What a row may do; one stable object for the whole table, so unchanged rows skip rendering. */
export interface RowActions {
  update(programId: string, change: (latest: Program) => Program): DispatchResult;
  saveYears(programId: string, years: number[]): DispatchResult;
  edit(programId: string, column: CellColumn | null): void;
  open(programId: string): void;
  duplicate(program: Program): void;
  remove(program: Program): void;
  /** Says why a change without a field of its own (a checkbox) was refused. */
  report(message: string): void;
}

/** What every row reads and that changes rarely (language, reference lists, horizon). */
export interface RowContext {
  t: Translate;
  language: Language;
  lookups: ProgramLookups;
  opds: readonly Opd[];
  plan: PlanHorizon;
  readOnly: boolean;
  hintId: string;
}
