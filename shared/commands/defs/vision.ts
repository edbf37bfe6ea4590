import { z } from 'zod';
import { GoalSchema, MissionSchema, ProgramSchema, VisionSchema, planEndYear, requiredText, type Goal, type Workshop } from '../../model';
import { checkNewKeyword } from '../../logic/vision-keywords';
import { AppError } from '../command-error';
import { collectionCommands, reference, softReference, topCollection } from './collection-def';
import { FACILITATOR_ONLY, changedFields, defineCommand, partKey } from './def';

/*
 * Vision, missions and goals (Tahap II). A keyword is added or removed on its own, so a chip
 * clicked during the session does not re-send the vision's rich text.
 */

export const MissionCollection = topCollection('missions', 'mission', MissionSchema);
export const GoalCollection = topCollection('goals', 'goal', GoalSchema);
/** Programs, seen from the vision (the program family's own spec lives in programs.ts). */
const ProgramsServing = topCollection('programs', 'program', ProgramSchema);

const KeywordSchema = requiredText('Kata kunci', 80);

/**
 * A goal's target is for a year of the plan. Only targets the command adds are checked: one set
 * before the plan's years changed stays editable (the screen still lists it).
 */
const checkGoalTargets = (before: Workshop, _after: Workshop, goal: Goal): void => {
  const had = new Set(before.goals.find((g) => g.id === goal.id)?.indicator.targets.map((t) => t.year));
  const { startYear } = before.horizon;
  const end = planEndYear(before.horizon);
  const at = goal.indicator.targets.findIndex((t) => !had.has(t.year) && (t.year < startYear || t.year > end));
  const outside = goal.indicator.targets[at];
  if (!outside) return;
  throw new AppError('invalid_input', {
    reason: 'goal.targetOutsidePlan',
    params: { year: String(outside.year), start: String(startYear), end: String(end) },
    field: `item.indicator.targets.${at}.year`,
  });
};
const sameKeyword = (a: string, b: string): boolean => a.toLocaleLowerCase('id') === b.toLocaleLowerCase('id');

export const visionDefs = {
  setVision: defineCommand({
    type: 'setVision',
    schema: z.object({ type: z.literal('setVision'), vision: VisionSchema }),
    apply: (w, c) => ({ ...w, vision: c.vision }),
    invert: (before) => ({ type: 'setVision', vision: before.vision }),
    touches: (before, c) => (before ? changedFields(before.vision, c.vision, (f) => partKey('vision', f)) : [partKey('vision')]),
    access: FACILITATOR_ONLY,
  }),
  addVisionKeyword: defineCommand({
    type: 'addVisionKeyword',
    schema: z.object({ type: z.literal('addVisionKeyword'), keyword: KeywordSchema, index: z.number().int().nonnegative().optional() }),
    apply(w, c) {
      const keywords = w.vision.keywords;
      const checked = checkNewKeyword(c.keyword, keywords);
      if (!checked.ok) {
        throw new AppError(
          'invalid_input',
          checked.reason === 'duplicate'
            ? { reason: 'vision.keywordExists', params: { keyword: c.keyword }, field: 'keyword' }
            : checked.reason === 'too-many'
              ? { reason: 'vision.tooManyKeywords', params: { limit: 50 }, field: 'keyword' }
              : { reason: 'vision.keywordInvalid', field: 'keyword' },
        );
      }
      const next = [...keywords];
      next.splice(Math.min(c.index ?? next.length, next.length), 0, checked.keyword);
      return { ...w, vision: { ...w.vision, keywords: next } };
    },
    invert: (_before, c) => ({ type: 'removeVisionKeyword', keyword: c.keyword.trim().replace(/\s+/g, ' ') }),
    touches: () => [partKey('vision', 'keywords')],
    access: FACILITATOR_ONLY,
  }),
  removeVisionKeyword: defineCommand({
    type: 'removeVisionKeyword',
    schema: z.object({ type: z.literal('removeVisionKeyword'), keyword: KeywordSchema }),
    apply(w, c) {
      const keywords = w.vision.keywords;
      if (!keywords.some((k) => sameKeyword(k, c.keyword))) throw new AppError('not_found', { reason: 'vision.keywordNotFound', params: { keyword: c.keyword }, field: 'keyword' });
      return { ...w, vision: { ...w.vision, keywords: keywords.filter((k) => !sameKeyword(k, c.keyword)) } };
    },
    invert(before, c) {
      const index = before.vision.keywords.findIndex((k) => sameKeyword(k, c.keyword));
      const keyword = before.vision.keywords[index];
      if (keyword === undefined) throw new AppError('not_found', { reason: 'vision.keywordNotFound', params: { keyword: c.keyword }, field: 'keyword' });
      return { type: 'addVisionKeyword', keyword, index };
    },
    touches: () => [partKey('vision', 'keywords')],
    access: FACILITATOR_ONLY,
  }),
  /**
   * Removing a mission with goals under it asks first; with `cascade` the goals stay, without a mission.
   * Programs that serve it lose the link on any removal (undo brings it back).
   */
  ...collectionCommands('Mission', MissionCollection, {
    references: [
      reference('Goal', GoalCollection, 'goal', (g, id) => g.missionId === id, (g) => ({ ...g, missionId: null })),
      softReference('Program', ProgramsServing, 'program', (p, id) => p.missionIds.includes(id), (p, id) => ({ ...p, missionIds: p.missionIds.filter((x) => x !== id) })),
    ],
  }),
  ...collectionCommands('Goal', GoalCollection, { checkNewUpsert: checkGoalTargets }),
};
