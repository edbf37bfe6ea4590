import { describe, expect, it } from 'vitest';
import { keepVisible, MAX_VISIBLE_TOASTS } from '../../../renderer/src/components/toast-queue';

const toast = (id: number) => ({ id, message: `Kartu ${id} disembunyikan.` });
const ids = (list: { id: number }[]) => list.map((t) => t.id);

describe('undo toasts on the facilitator’s screen', () => {
  it('four quick actions leave the newest two, not four piled up', () => {
    let shown: ReturnType<typeof toast>[] = [];
    for (const id of [1, 2, 3, 4]) shown = keepVisible(shown, toast(id), new Set());
    expect(MAX_VISIBLE_TOASTS).toBe(2);
    expect(ids(shown)).toEqual([3, 4]);
  });

  it('a toast the facilitator holds (focus or pointer on its Urungkan) stays; the oldest other one leaves', () => {
    const shown = keepVisible([toast(1), toast(2)], toast(3), new Set([1]));
    expect(ids(shown)).toEqual([1, 3]);
  });

  it('when every shown toast is held, the new one still appears (three for as long as they are held)', () => {
    const shown = keepVisible([toast(1), toast(2)], toast(3), new Set([1, 2]));
    expect(ids(shown)).toEqual([1, 2, 3]);
  });
});
