import { z } from 'zod';
import { IdSchema, multilineText, optionalLine, requiredText } from './ids';
import { code } from '../i18n/validation';

/**
 * What kind of office an OPD is (masterplan reference §10): badan, dinas, satuan (Satpol PP), the
 * secretariats (Setda, Setwan), the inspectorate, the regional hospital, a kecamatan, a bagian of the
 * Setda, or another unit.
 */
export const OpdKindSchema = z.enum(['badan', 'dinas', 'satuan', 'sekretariat', 'inspektorat', 'rsud', 'kecamatan', 'bagian', 'lainnya']);
export type OpdKind = z.infer<typeof OpdKindSchema>;
export const OPD_KINDS: readonly OpdKind[] = OpdKindSchema.options;

/** Organisasi Perangkat Daerah: a regional government office. */
export const OpdSchema = z.object({
  id: IdSchema,
  abbreviation: requiredText('Singkatan OPD', 40),
  name: requiredText('Nama OPD', 200),
  role: multilineText(500).default(''),
  /** The office's kind; null: read from its name ("Dinas …" is a dinas; shared/logic/opd-facts.ts). */
  kind: OpdKindSchema.nullable().default(null),
  /** The head's title ("Kepala Dinas", "Camat", "Direktur"); empty: the usual title for the kind. */
  headTitle: optionalLine(120).default(''),
  /** The title of whoever attends the Bimtek for the office ("Kepala Bidang Aplikasi Informatika"). */
  representativeTitle: optionalLine(200).default(''),
  /** The FGD group the office sits in (workshop.groups); a removed group reads as none. */
  groupId: IdSchema.nullable().default(null),
});
export type Opd = z.infer<typeof OpdSchema>;

export const ParticipantRoleSchema = z.enum(['fasilitator', 'opd', 'bappeda', 'dewan', 'tim-pelaksana', 'pembimbing', 'mitra']);
export type ParticipantRole = z.infer<typeof ParticipantRoleSchema>;

/**
 * A person taking part in the Bimtek. Attendance lists often give only a title and an office, so the
 * name may be empty; then the title (position) is required.
 */
export const ParticipantSchema = z
  .object({
    id: IdSchema,
    name: optionalLine(200).default(''),
    position: multilineText(200).default(''),
    opdId: IdSchema.nullable().default(null),
    role: ParticipantRoleSchema.default('opd'),
  })
  .refine((p) => p.name !== '' || p.position.trim() !== '', { message: code('invalid.nameOrPosition'), path: ['name'] });
export type Participant = z.infer<typeof ParticipantSchema>;
