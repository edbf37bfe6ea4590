import { z } from 'zod';
import { IdSchema, multilineText, optionalLine } from './ids';
import { code } from '../i18n/validation';

/**
 * Pelaksanaan Bimtek: the record of the four Bimtek stages (Tahap I–IV) as they were held (dates, venue, mentor,
 * agenda, notes) and who attended each. What each Tahap decided is read from the workshop itself
 * (shared/logic/bimtek-decisions.ts); only the free notes are kept here.
 */

/** The four stages, in order (the same ids as the worksheets' stages in shared/logic/worksheets.ts). */
export const BIMTEK_STAGES = ['tahap-1', 'tahap-2', 'tahap-3', 'tahap-4'] as const;
export const BimtekStageIdSchema = z.enum(BIMTEK_STAGES, { error: code('invalid.option') });
export type BimtekStageId = z.infer<typeof BimtekStageIdSchema>;

/** Most agenda lines a stage may hold, and attendance rows a workshop may hold. */
export const MAX_AGENDA_LINES = 60;
export const MAX_ATTENDEES = 1000;

const IsoDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, code('invalid.date'));

/** One Tahap as it was held. Dates are ISO days (YYYY-MM-DD); the end is on or after the start. */
export const BimtekStageSchema = z
  .object({
    startDate: IsoDateSchema.nullable().default(null),
    endDate: IsoDateSchema.nullable().default(null),
    /** Tempat: the hall and town, e.g. "Ruang Rapat Bappeda, Kepanjen". */
    venue: optionalLine(300).default(''),
    /** Pembimbing / narasumber (the mentor appointed by the ministry). */
    mentor: optionalLine(200).default(''),
    /** The mentor's institution or role, e.g. "Tenaga Ahli Kementerian Komunikasi dan Digital". */
    mentorRole: optionalLine(200).default(''),
    /** Susunan acara: one line per item ("08.00–09.00 Pembukaan oleh Sekretaris Daerah"). */
    agenda: z.array(optionalLine(300)).max(MAX_AGENDA_LINES, code('invalid.listTooLong')).default([]),
    /** What the room agreed that the worksheets do not hold, printed under the decisions in the berita acara. */
    notes: multilineText(5000).default(''),
  })
  .refine((s) => s.startDate === null || s.endDate === null || s.endDate >= s.startDate, { message: code('invalid.dateOrder'), path: ['endDate'] });
export type BimtekStage = z.infer<typeof BimtekStageSchema>;
export type BimtekStageInput = z.input<typeof BimtekStageSchema>;

export const EMPTY_BIMTEK_STAGE: BimtekStage = { startDate: null, endDate: null, venue: '', mentor: '', mentorRole: '', agenda: [], notes: '' };

/** Presence per Tahap. */
export const BimtekPresenceSchema = z.object({
  'tahap-1': z.boolean().default(false),
  'tahap-2': z.boolean().default(false),
  'tahap-3': z.boolean().default(false),
  'tahap-4': z.boolean().default(false),
});
export type BimtekPresence = z.infer<typeof BimtekPresenceSchema>;

/**
 * One line of the attendance list. Attendance sheets list positions as often as names ("Sekretaris Dinas", OPD), so
 * the name is optional; the position or the OPD says who the line is.
 */
export const BimtekAttendeeSchema = z.object({
  id: IdSchema,
  name: optionalLine(200).default(''),
  /** Jabatan, e.g. "Kepala Bidang Aplikasi Informatika". */
  title: optionalLine(200).default(''),
  opdId: IdSchema.nullable().default(null),
  /** Unsur or FGD group, e.g. "Dewan Smart City", "Tim Pelaksana", "Kelompok Smart Governance". */
  group: optionalLine(120).default(''),
  present: BimtekPresenceSchema.default({ 'tahap-1': false, 'tahap-2': false, 'tahap-3': false, 'tahap-4': false }),
});
export type BimtekAttendee = z.infer<typeof BimtekAttendeeSchema>;

const emptyStages = () => ({ 'tahap-1': EMPTY_BIMTEK_STAGE, 'tahap-2': EMPTY_BIMTEK_STAGE, 'tahap-3': EMPTY_BIMTEK_STAGE, 'tahap-4': EMPTY_BIMTEK_STAGE });

/** The Bimtek record of a workshop. */
export const BimtekRecordSchema = z.object({
  stages: z
    .object({
      'tahap-1': BimtekStageSchema.default(EMPTY_BIMTEK_STAGE),
      'tahap-2': BimtekStageSchema.default(EMPTY_BIMTEK_STAGE),
      'tahap-3': BimtekStageSchema.default(EMPTY_BIMTEK_STAGE),
      'tahap-4': BimtekStageSchema.default(EMPTY_BIMTEK_STAGE),
    })
    .default(emptyStages),
  attendees: z.array(BimtekAttendeeSchema).max(MAX_ATTENDEES, code('invalid.listTooLong')).default([]),
});
export type BimtekRecord = z.infer<typeof BimtekRecordSchema>;
export type BimtekRecordInput = z.input<typeof BimtekRecordSchema>;

export const EMPTY_BIMTEK: BimtekRecord = { stages: emptyStages(), attendees: [] };
