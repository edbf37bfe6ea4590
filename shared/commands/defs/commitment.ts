import { z } from 'zod';
import { CommitmentEntrySchema, CommitmentSheetSchema, ReviewChecklistItemSchema, type CommitmentEntry } from '../../model';
import { collectionCommands, type CollectionSpec } from './collection-def';
import { FACILITATOR_ONLY, changedFields, defineCommand, partKey, sameValue } from './def';

/** The commitment sheet (Tahap IV): place, date and statement, its signatories, and the review checklist. */
export const CommitmentEntryCollection: CollectionSpec<CommitmentEntry> = {
  label: 'commitmentEntry',
  item: CommitmentEntrySchema,
  get: (w) => w.commitment.entries,
  set: (w, entries) => ({ ...w, commitment: { ...w.commitment, entries } }),
};

const DetailsSchema = CommitmentSheetSchema.pick({ place: true, date: true, statement: true });

export const commitmentDefs = {
  setCommitmentDetails: defineCommand({
    type: 'setCommitmentDetails',
    schema: z.object({ type: z.literal('setCommitmentDetails'), details: DetailsSchema }),
    apply: (w, c) => ({ ...w, commitment: { ...w.commitment, ...c.details } }),
    invert: (before) => ({ type: 'setCommitmentDetails', details: { place: before.commitment.place, date: before.commitment.date, statement: before.commitment.statement } }),
    touches: (before, c) =>
      before
        ? changedFields({ place: before.commitment.place, date: before.commitment.date, statement: before.commitment.statement }, c.details, (f) => partKey('commitment', f))
        : ['place', 'date', 'statement'].map((f) => partKey('commitment', f)),
    access: FACILITATOR_ONLY,
  }),
  setReviewChecklist: defineCommand({
    type: 'setReviewChecklist',
    schema: z.object({ type: z.literal('setReviewChecklist'), items: z.array(ReviewChecklistItemSchema) }),
    apply: (w, c) => ({ ...w, commitment: { ...w.commitment, reviewChecklist: c.items } }),
    invert: (before) => ({ type: 'setReviewChecklist', items: before.commitment.reviewChecklist }),
    touches: (before, c) => (before && sameValue(before.commitment.reviewChecklist, c.items) ? [] : [partKey('commitment', 'reviewChecklist')]),
    access: FACILITATOR_ONLY,
  }),
  ...collectionCommands('CommitmentEntry', CommitmentEntryCollection),
};
