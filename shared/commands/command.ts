import { z } from 'zod';
import { IdSchema, requiredText } from '../model';

/*
 * Commands are defined one family per file in ./defs (schema, apply, invert, touches, access);
 * `CommandSchema` is built there from those definitions.
 */
export { CommandSchema, SingleCommandSchema, BatchCommandSchema, MAX_BATCH_COMMANDS, type Command, type CommandInput, type CommandType, type SingleCommand, type BatchCommand } from './defs';
export { RegionPatchSchema } from './defs/region';

/** Who made a change, for the audit trail. */
export const ActorSchema = z.object({
  name: requiredText('Nama', 120).default('Fasilitator'),
  opdId: IdSchema.nullable().default(null),
  /** The FGD group a participant joined as (the room, issue 12); absent for everyone else. */
  groupId: IdSchema.nullable().optional(),
});
export type Actor = z.infer<typeof ActorSchema>;
