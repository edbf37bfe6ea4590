import { z } from 'zod';
import { IdSchema, multilineText, requiredText } from './ids';

/** Organisasi Perangkat Daerah: a regional government office. */
export const OpdSchema = z.object({
  id: IdSchema,
  abbreviation: requiredText('Singkatan OPD', 40),
  name: requiredText('Nama OPD', 200),
  role: multilineText(500).default(''),
});
export type Opd = z.infer<typeof OpdSchema>;

export const ParticipantRoleSchema = z.enum(['fasilitator', 'opd', 'bappeda', 'dewan', 'tim-pelaksana', 'pembimbing', 'mitra']);
export type ParticipantRole = z.infer<typeof ParticipantRoleSchema>;

/** A person taking part in the Bimtek. */
export const ParticipantSchema = z.object({
  id: IdSchema,
  name: requiredText('Nama peserta', 200),
  position: multilineText(200).default(''),
  opdId: IdSchema.nullable().default(null),
  role: ParticipantRoleSchema.default('opd'),
});
export type Participant = z.infer<typeof ParticipantSchema>;
