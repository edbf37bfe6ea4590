import type { Program, Workshop } from '../../../../../shared/model';
import type { DispatchResult } from '../../../session/workshop-session';
import type { ProgramLookups } from '../program-lookups';

/** What every section of the program details panel gets. */
export interface SectionProps {
  program: Program;
  workshop: Workshop;
  lookups: ProgramLookups;
  /** Patches the program as it stands now in the session. */
  change(patch: Partial<Program>): DispatchResult;
  /** Changes the program from its latest state. */
  update(change: (latest: Program) => Program): DispatchResult;
  saveYears(years: number[]): DispatchResult;
}
