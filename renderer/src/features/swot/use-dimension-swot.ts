import { useMemo } from 'react';
import { swotFactorLabels, towsStrategyLabels } from '../../../../shared/logic/tows';
import type { SwotItem, TowsStrategy } from '../../../../shared/model';
import { useWorkshop } from '../../session/session-context';

export interface DimensionSwot {
  dimensionId: string;
  factors: SwotItem[];
  /** "S1", "W2" … per factor id. */
  factorLabels: ReadonlyMap<string, string>;
  strategies: TowsStrategy[];
  /** "SO1", "WT2" … per strategy id. */
  strategyLabels: ReadonlyMap<string, string>;
  /** The strategies that picked each factor. */
  usedBy(factorId: string): TowsStrategy[];
}

/** One dimension's board and strategies, with the numbering everyone in the room refers to. */
export const useDimensionSwot = (dimensionId: string): DimensionSwot => {
  const w = useWorkshop();
  const { swotItems, towsStrategies } = w;
  return useMemo(() => {
    const strategies = towsStrategies.filter((s) => s.dimensionId === dimensionId);
    return {
      dimensionId,
      factors: swotItems.filter((s) => s.dimensionId === dimensionId),
      factorLabels: swotFactorLabels(swotItems, dimensionId),
      strategies,
      strategyLabels: towsStrategyLabels(towsStrategies, dimensionId),
      usedBy: (factorId: string) => strategies.filter((s) => s.sourceItemIds.includes(factorId)),
    };
  }, [swotItems, towsStrategies, dimensionId]);
};
