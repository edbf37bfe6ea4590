import { z } from 'zod';
import { IdSchema, RoadmapSchema, multilineText, optionalLine } from '../../model';
import { withDimensionNote } from '../../logic/roadmap-rows';
import { FACILITATOR_ONLY, defineCommand, partKey, sameValue } from './def';

/*
 * The roadmap's own parts (Tahap IV): the names of its three phases and one note per dimension.
 * Each is set on its own (`setRoadmapPhase`, `setRoadmapNote`); `setRoadmap` stays for old log lines.
 */

const PhaseSchema = z.enum(['pendek', 'menengah', 'panjang']);

const roadmapTouches = (before: z.infer<typeof RoadmapSchema> | null, after: z.infer<typeof RoadmapSchema>): string[] => {
  if (!before) return [partKey('roadmap')];
  const keys = PhaseSchema.options.filter((p) => before.phaseLabels[p] !== after.phaseLabels[p]).map((p) => partKey('roadmap', `phaseLabels.${p}`));
  const dimensions = new Set([...before.notes, ...after.notes].map((n) => n.dimensionId));
  const noteOf = (notes: typeof before.notes, id: string) => notes.find((n) => n.dimensionId === id)?.text ?? '';
  for (const id of dimensions) if (noteOf(before.notes, id) !== noteOf(after.notes, id)) keys.push(partKey('roadmap', `notes.${id}`));
  // A reorder of the notes alone changes the list.
  if (keys.length === 0 && !sameValue(before, after)) keys.push(partKey('roadmap', 'notes'));
  return keys;
};

export const roadmapDefs = {
  setRoadmap: defineCommand({
    type: 'setRoadmap',
    schema: z.object({ type: z.literal('setRoadmap'), roadmap: RoadmapSchema }),
    apply: (w, c) => ({ ...w, roadmap: c.roadmap }),
    invert: (before) => ({ type: 'setRoadmap', roadmap: before.roadmap }),
    touches: (before, c) => roadmapTouches(before?.roadmap ?? null, c.roadmap),
    access: FACILITATOR_ONLY,
  }),
  setRoadmapPhase: defineCommand({
    type: 'setRoadmapPhase',
    schema: z.object({ type: z.literal('setRoadmapPhase'), phase: PhaseSchema, label: optionalLine(80) }),
    apply: (w, c) => ({ ...w, roadmap: { ...w.roadmap, phaseLabels: { ...w.roadmap.phaseLabels, [c.phase]: c.label } } }),
    invert: (before, c) => ({ type: 'setRoadmapPhase', phase: c.phase, label: before.roadmap.phaseLabels[c.phase] }),
    touches: (before, c) => (before && before.roadmap.phaseLabels[c.phase] === c.label ? [] : [partKey('roadmap', `phaseLabels.${c.phase}`)]),
    access: FACILITATOR_ONLY,
  }),
  /** One dimension's note; an empty text removes it. `index` puts a note back where it was (its undo). */
  setRoadmapNote: defineCommand({
    type: 'setRoadmapNote',
    schema: z.object({ type: z.literal('setRoadmapNote'), dimensionId: IdSchema, text: multilineText(5000), index: z.number().int().nonnegative().optional() }),
    apply(w, c) {
      const roadmap = withDimensionNote(w.roadmap, c.dimensionId, c.text);
      const at = roadmap.notes.findIndex((n) => n.dimensionId === c.dimensionId);
      const existed = w.roadmap.notes.some((n) => n.dimensionId === c.dimensionId);
      if (existed || at < 0 || c.index === undefined) return { ...w, roadmap };
      const notes = roadmap.notes.filter((n) => n.dimensionId !== c.dimensionId);
      notes.splice(Math.min(c.index, notes.length), 0, { dimensionId: c.dimensionId, text: c.text });
      return { ...w, roadmap: { ...roadmap, notes } };
    },
    invert(before, c) {
      const index = before.roadmap.notes.findIndex((n) => n.dimensionId === c.dimensionId);
      const note = before.roadmap.notes[index];
      return note ? { type: 'setRoadmapNote', dimensionId: c.dimensionId, text: note.text, index } : { type: 'setRoadmapNote', dimensionId: c.dimensionId, text: '' };
    },
    touches: (before, c) => {
      const now = before?.roadmap.notes.find((n) => n.dimensionId === c.dimensionId)?.text ?? '';
      return before && (now === c.text || (now === '' && c.text.trim() === '')) ? [] : [partKey('roadmap', `notes.${c.dimensionId}`)];
    },
    access: FACILITATOR_ONLY,
  }),
};
