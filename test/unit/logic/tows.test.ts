import { describe, expect, it } from 'vitest';
import { applyCommand, AppError } from '../../../shared/commands';
import { strategiesUsingFactor, swotFactorLabels, towsOrigin, towsPickProblem, towsStoredProblem, towsStrategyLabels, type TowsProblem } from '../../../shared/logic/tows';
import { SwotItemSchema, TowsStrategySchema, type SwotItem, type SwotQuadrant, type TowsStrategy, type Workshop } from '../../../shared/model';
import { emptyWorkshop, NOW } from './workshop-fixtures';
import { wordDetail } from '../../../shared/i18n/errors';
import { buildMasterplanDocument } from '../../../shared/document';
import { tables, tableText } from '../document/helpers';

/** A pick problem as the Indonesian UI words it. */
const message = (problem: TowsProblem | null): string | undefined => (problem ? wordDetail(problem) : undefined);

const SG = 'smart-governance';
const SB = 'smart-branding';

const factor = (id: string, quadrant: SwotQuadrant, text: string, dimensionId = SG): SwotItem => SwotItemSchema.parse({ id, dimensionId, quadrant, text });
const strategy = (id: string, kind: TowsStrategy['kind'], sourceItemIds: string[], dimensionId = SG): TowsStrategy =>
  TowsStrategySchema.parse({ id, dimensionId, kind, text: 'Strategi uji', sourceItemIds });

/** Smart Governance with two strengths, one weakness, one opportunity, one threat; Smart Branding with one strength. */
const board: SwotItem[] = [
  factor('s-komitmen', 'S', 'Komitmen Bupati pada layanan digital'),
  factor('w-sdm', 'W', 'SDM TIK di OPD terbatas'),
  factor('s-perizinan', 'S', 'Perizinan DPMPTSP sudah daring'),
  factor('o-spbe', 'O', 'Kebijakan SPBE nasional'),
  factor('t-siber', 'T', 'Serangan siber meningkat'),
  factor('s-bromo', 'S', 'Bromo Tengger Semeru dikenal dunia', SB),
];

const withBoard = (strategies: TowsStrategy[] = []): Workshop => ({ ...emptyWorkshop(), swotItems: board, towsStrategies: strategies });

describe('picking the SWOT factors of a TOWS strategy', () => {
  it('accepts an SO strategy that crosses a strength with an opportunity of the same dimension', () => {
    expect(towsPickProblem(board, { dimensionId: SG, kind: 'SO', sourceItemIds: ['s-komitmen', 'o-spbe'] })).toBeNull();
    expect(towsPickProblem(board, { dimensionId: SG, kind: 'SO', sourceItemIds: ['s-komitmen', 's-perizinan', 'o-spbe'] })).toBeNull();
  });

  it('refuses a strategy with nothing picked, naming both quadrants it needs', () => {
    expect(message(towsPickProblem(board, { dimensionId: SG, kind: 'SO', sourceItemIds: [] }))).toBe(
      'Strategi SO harus memilih minimal satu Kekuatan (S) dan satu Peluang (O).',
    );
  });

  it('refuses an SO strategy without an opportunity, and a WT strategy without a weakness', () => {
    expect(message(towsPickProblem(board, { dimensionId: SG, kind: 'SO', sourceItemIds: ['s-komitmen'] }))).toBe('Strategi SO memerlukan minimal satu Peluang (O).');
    expect(message(towsPickProblem(board, { dimensionId: SG, kind: 'WT', sourceItemIds: ['t-siber'] }))).toBe('Strategi WT memerlukan minimal satu Kelemahan (W).');
  });

  it('refuses a factor from the other side of the matrix: an ST strategy cannot use a weakness', () => {
    expect(message(towsPickProblem(board, { dimensionId: SG, kind: 'ST', sourceItemIds: ['s-komitmen', 't-siber', 'w-sdm'] }))).toBe(
      'Strategi ST hanya memakai faktor Kekuatan (S) dan Ancaman (T), bukan Kelemahan (W).',
    );
  });

  it('refuses a factor of another dimension', () => {
    expect(message(towsPickProblem(board, { dimensionId: SG, kind: 'SO', sourceItemIds: ['s-bromo', 'o-spbe'] }))).toBe('Faktor SWOT yang dipilih berasal dari dimensi lain.');
  });

  it('refuses a factor that is no longer on the board, and the same factor picked twice', () => {
    expect(message(towsPickProblem(board, { dimensionId: SG, kind: 'SO', sourceItemIds: ['s-hilang', 'o-spbe'] }))).toMatch(/tidak ditemukan/);
    expect(message(towsPickProblem(board, { dimensionId: SG, kind: 'SO', sourceItemIds: ['s-komitmen', 's-komitmen', 'o-spbe'] }))).toMatch(/lebih dari sekali/);
  });
});

describe('the core guarding stored TOWS strategies', () => {
  it('stores a well-built strategy and refuses one that misses a quadrant, with the field to point at', () => {
    const w = withBoard();
    const stored = applyCommand(w, { type: 'upsertTowsStrategy', item: strategy('so-1', 'SO', ['s-komitmen', 'o-spbe']) }, NOW);
    expect(stored.towsStrategies).toHaveLength(1);
    const refused = () => applyCommand(w, { type: 'upsertTowsStrategy', item: strategy('wo-1', 'WO', ['o-spbe']) }, NOW);
    expect(refused).toThrow(AppError);
    expect(refused).toThrow('Strategi WO memerlukan minimal satu Kelemahan (W).');
    try {
      refused();
    } catch (error) {
      expect(error instanceof AppError && error.field).toBe('item.sourceItemIds');
    }
  });

  it('still lets undo bring back a strategy whose strength was removed afterwards', () => {
    const w = { ...withBoard(), swotItems: board.filter((f) => f.id !== 's-komitmen') };
    const restored = strategy('so-1', 'SO', ['s-komitmen', 'o-spbe']);
    expect(towsStoredProblem(w, restored)).toBeNull();
    expect(applyCommand(w, { type: 'upsertTowsStrategy', item: restored }, NOW).towsStrategies).toEqual([restored]);
  });

  it('never accepts a factor of the wrong quadrant, even next to a removed one', () => {
    const w = withBoard();
    expect(message(towsStoredProblem(w, strategy('so-1', 'SO', ['s-hilang', 'w-sdm'])))).toMatch(/bukan Kelemahan \(W\)/);
  });
});

describe('where a strategy came from', () => {
  it('numbers the factors per quadrant in board order, within one dimension', () => {
    const labels = swotFactorLabels(board, SG);
    expect(Object.fromEntries(labels)).toEqual({ 's-komitmen': 'S1', 'w-sdm': 'W1', 's-perizinan': 'S2', 'o-spbe': 'O1', 't-siber': 'T1' });
    expect(swotFactorLabels(board, SB).get('s-bromo')).toBe('S1');
  });

  it('does not count a hidden factor, as the Word document and the workbook leave it out', () => {
    const hidden = board.map((f) => (f.id === 's-komitmen' ? { ...f, hidden: true } : f));
    const labels = swotFactorLabels(hidden, SG);
    expect(Object.fromEntries(labels)).toEqual({ 'w-sdm': 'W1', 's-perizinan': 'S1', 'o-spbe': 'O1', 't-siber': 'T1' });
    // The exports number the shown factors only: the same labels.
    expect(swotFactorLabels(hidden.filter((f) => f.hidden !== true), SG)).toEqual(labels);
  });

  it('names a strategy that crossed a hidden factor as the exports do: "S1 + O1", the hidden one apart', () => {
    const hidden = board.map((f) => (f.id === 's-komitmen' ? { ...f, hidden: true } : f));
    const picked = strategy('so-1', 'SO', ['s-komitmen', 's-perizinan', 'o-spbe']);
    const onScreen = towsOrigin(hidden, picked);
    expect(onScreen.label).toBe('S1 + O1');
    expect(onScreen.factors.map((f) => f.id)).toEqual(['s-perizinan', 'o-spbe']);
    expect(onScreen.hiddenFactors).toEqual([{ id: 's-komitmen', quadrant: 'S', text: 'Komitmen Bupati pada layanan digital' }]);
    // Hidden is not removed: the strategy still has its sources.
    expect(onScreen).toMatchObject({ removedCount: 0, needsNewSources: false });
    // The workbook and the Word annex see the shown factors only, and get the same label.
    expect(towsOrigin(hidden.filter((f) => f.hidden !== true), picked).label).toBe(onScreen.label);
  });

  it('the Word annex names a strategy\'s sources by the same rule', () => {
    const w: Workshop = { ...withBoard(), swotItems: board.map((f) => (f.id === 's-komitmen' ? { ...f, hidden: true } : f)), towsStrategies: [{ ...strategy('so-1', 'SO', ['s-komitmen', 'o-spbe', 's-perizinan']), text: 'Perluas perizinan daring' }] };
    const annex = tables(buildMasterplanDocument(w, { draft: false })).find((t) => t.caption?.title.startsWith('Matriks TOWS'));
    expect(annex && tableText(annex)).toContain('SO1. Perluas perizinan daring (S1, O1)');
  });

  it('shows the picked factors as "S1 + S2 + O1" with their texts', () => {
    const origin = towsOrigin(board, strategy('so-1', 'SO', ['o-spbe', 's-perizinan', 's-komitmen']));
    expect(origin.label).toBe('S1 + S2 + O1');
    expect(origin.factors.map((f) => f.text)).toEqual(['Komitmen Bupati pada layanan digital', 'Perizinan DPMPTSP sudah daring', 'Kebijakan SPBE nasional']);
    expect(origin).toMatchObject({ removedCount: 0, needsNewSources: false });
  });

  it('says when a picked factor was removed and the strategy needs new sources', () => {
    const origin = towsOrigin(board.filter((f) => f.id !== 'o-spbe'), strategy('so-1', 'SO', ['s-komitmen', 'o-spbe']));
    expect(origin).toMatchObject({ label: 'S1', removedCount: 1, needsNewSources: true });
  });

  it('numbers the strategies per kind: SO1, SO2, WT1', () => {
    const strategies = [strategy('a', 'SO', []), strategy('b', 'WT', []), strategy('c', 'SO', []), strategy('d', 'SO', [], SB)];
    expect(Object.fromEntries(towsStrategyLabels(strategies, SG))).toEqual({ a: 'SO1', b: 'WT1', c: 'SO2' });
  });

  it('lists the strategies that would lose a factor if it were removed', () => {
    const strategies = [strategy('so-1', 'SO', ['s-komitmen', 'o-spbe']), strategy('st-1', 'ST', ['s-komitmen', 't-siber']), strategy('wo-1', 'WO', ['w-sdm', 'o-spbe'])];
    expect(strategiesUsingFactor(strategies, 's-komitmen').map((s) => s.id)).toEqual(['so-1', 'st-1']);
    expect(strategiesUsingFactor(strategies, 's-perizinan')).toEqual([]);
  });
});
