import { trafficLight } from '../../../../shared/logic';
import type { ReadinessScore, SwotQuadrant } from '../../../../shared/model';
import type { Choice } from '../../components/ChoiceGroup';
import type { Translate } from '../../i18n/i18n-context';

export const SCORES = [1, 2, 3, 4, 5] as const satisfies readonly ReadinessScore[];
const QUADRANTS = ['S', 'W', 'O', 'T'] as const satisfies readonly SwotQuadrant[];

/**
 * A segmented scale: "–" (Belum dinilai), then 1 … 5, each coloured with the light its score gives.
 * The buttons show the digit; screen readers and the tooltip get the whole level ("4 Terpadu").
 */
export const scoreChoices = (t: Translate): Choice<ReadinessScore | null>[] => [
  { value: null, label: '–', longLabel: t('readiness.score.none') },
  ...SCORES.map((score) => ({ value: score, label: String(score), longLabel: `${score} ${t(`readiness.score.${score}`)}`, tone: trafficLight(score) })),
];

/** No tag, then S, W, O, T shown as letters and read out in full ("Kekuatan (S)"). */
export const swotChoices = (t: Translate): Choice<SwotQuadrant | null>[] => [
  { value: null, label: t('readiness.swot.none'), longLabel: t('readiness.swot.noneLong') },
  ...QUADRANTS.map((q) => ({ value: q, label: q, longLabel: t(`swot.${q}`) })),
];
