import { z } from 'zod';
import { BimtekAttendeeSchema, BimtekStageIdSchema, BimtekStageSchema, MAX_ATTENDEES, type BimtekAttendee, type Workshop } from '../../model';
import { AppError } from '../command-error';
import { collectionCommands, type CollectionSpec } from './collection-def';
import { FACILITATOR_ONLY, changedFields, defineCommand, partKey } from './def';

/**
 * Pelaksanaan Bimtek (shared/model/bimtek.ts): one command sets a Tahap as held (dates, venue, mentor, agenda,
 * notes); the attendance list is a collection (upsert and remove; a pasted list arrives as one batch of upserts).
 */

export const BimtekAttendeeCollection: CollectionSpec<BimtekAttendee> = {
  label: 'bimtekAttendee',
  item: BimtekAttendeeSchema,
  get: (w) => w.bimtek.attendees,
  set: (w, attendees) => ({ ...w, bimtek: { ...w.bimtek, attendees } }),
  check: (w, item) => (item.opdId !== null && !w.opds.some((o) => o.id === item.opdId) ? { reason: 'workshop.opdUnknown', field: 'opdId' } : null),
};

const stageKey = (stage: string, field?: string) => partKey('bimtek', field === undefined ? `stages.${stage}` : `stages.${stage}.${field}`);

const attendanceRoom = (_before: Workshop, after: Workshop): void => {
  if (after.bimtek.attendees.length > MAX_ATTENDEES) {
    throw new AppError('invalid_input', { reason: 'invalid.listTooLong', params: { max: MAX_ATTENDEES }, field: 'item' });
  }
};

export const bimtekDefs = {
  setBimtekStage: defineCommand({
    type: 'setBimtekStage',
    schema: z.object({ type: z.literal('setBimtekStage'), stage: BimtekStageIdSchema, details: BimtekStageSchema }),
    apply: (w, c) => ({ ...w, bimtek: { ...w.bimtek, stages: { ...w.bimtek.stages, [c.stage]: c.details } } }),
    invert: (before, c) => ({ type: 'setBimtekStage', stage: c.stage, details: before.bimtek.stages[c.stage] }),
    touches: (before, c) => (before ? changedFields(before.bimtek.stages[c.stage], c.details, (f) => stageKey(c.stage, f)) : [stageKey(c.stage)]),
    access: FACILITATOR_ONLY,
  }),
  ...collectionCommands('BimtekAttendee', BimtekAttendeeCollection, { checkNewUpsert: attendanceRoom }),
};

