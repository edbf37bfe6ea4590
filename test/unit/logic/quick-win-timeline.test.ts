import { describe, expect, it } from 'vitest';
import { addActivity, removeActivity, renameActivity, timelineRows, toggleMonth, type TimelineEntry } from '../../../shared/logic/quick-win-timeline';

const ids = () => {
  let n = 0;
  return () => `tl-${++n}`;
};

describe('the timeline of a quick-win sheet', () => {
  it('an activity over months 2–4 is stored once per month and shown as one row', () => {
    const timeline = addActivity([], '  Uji coba 10 jenis izin ', 2, 4, ids());
    expect(timeline).toEqual([
      { id: 'tl-1', month: 2, activity: 'Uji coba 10 jenis izin' },
      { id: 'tl-2', month: 3, activity: 'Uji coba 10 jenis izin' },
      { id: 'tl-3', month: 4, activity: 'Uji coba 10 jenis izin' },
    ]);
    expect(timelineRows(timeline)).toEqual([{ activity: 'Uji coba 10 jenis izin', months: [2, 3, 4] }]);
  });

  it('lists activities from the earliest month, keeping the months in order', () => {
    const next = ids();
    let timeline = addActivity([], 'Peluncuran oleh Bupati', 7, 7, next);
    timeline = addActivity(timeline, 'Inventarisasi jenis izin', 1, 2, next);
    timeline = addActivity(timeline, 'Peluncuran oleh Bupati', 6, 8, next);
    expect(timelineRows(timeline)).toEqual([
      { activity: 'Inventarisasi jenis izin', months: [1, 2] },
      { activity: 'Peluncuran oleh Bupati', months: [6, 7, 8] },
    ]);
    expect(timeline.map((e) => e.month)).toEqual([1, 2, 6, 7, 8]);
  });

  it('accepts the months in either order', () => {
    expect(timelineRows(addActivity([], 'Evaluasi', 12, 10, ids()))[0]?.months).toEqual([10, 11, 12]);
  });

  it('marks and clears single months of an activity', () => {
    const next = ids();
    const timeline = addActivity([], 'Sosialisasi', 3, 3, next);
    const marked = toggleMonth(timeline, 'Sosialisasi', 5, true, next);
    expect(timelineRows(marked)[0]?.months).toEqual([3, 5]);
    expect(toggleMonth(marked, 'Sosialisasi', 3, false, next).map((e) => e.month)).toEqual([5]);
  });

  it('renames an activity in every month, and merges it into an activity of the same name', () => {
    const next = ids();
    let timeline: TimelineEntry[] = addActivity([], 'Pelatihan operator', 2, 3, next);
    timeline = addActivity(timeline, 'Pelatihan petugas', 3, 4, next);
    expect(timelineRows(renameActivity(timeline, 'Pelatihan operator', 'Bimtek operator'))[0]).toEqual({ activity: 'Bimtek operator', months: [2, 3] });
    expect(timelineRows(renameActivity(timeline, 'Pelatihan operator', 'Pelatihan petugas'))).toEqual([{ activity: 'Pelatihan petugas', months: [2, 3, 4] }]);
  });

  it('removes an activity from every month', () => {
    const next = ids();
    const timeline = addActivity(addActivity([], 'A', 1, 2, next), 'B', 2, 2, next);
    expect(timelineRows(removeActivity(timeline, 'A'))).toEqual([{ activity: 'B', months: [2] }]);
  });
});
