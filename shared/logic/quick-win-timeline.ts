import type { QuickWinCandidate } from '../model';

/**
 * A quick-win sheet's timeline by month (reference §6.3). It is stored as one entry per activity and
 * month; the sheet shows it as rows of activities over months 1–12, the way the Word export prints it.
 * Entries with the same activity text form one row.
 */

export type TimelineEntry = QuickWinCandidate['sheet']['timeline'][number];

export interface TimelineRow {
  activity: string;
  months: number[];
}

export const MONTHS = Array.from({ length: 12 }, (_, i) => i + 1);

const key = (activity: string): string => activity.trim();

/** Activity rows, earliest first (ties keep the order they were written in), each with its months ascending. */
export const timelineRows = (timeline: readonly TimelineEntry[]): TimelineRow[] => {
  const rows = new Map<string, Set<number>>();
  for (const entry of timeline) {
    const name = key(entry.activity);
    rows.set(name, (rows.get(name) ?? new Set()).add(entry.month));
  }
  return [...rows]
    .map(([activity, months]) => ({ activity, months: [...months].sort((a, b) => a - b) }))
    .sort((a, b) => (a.months[0] ?? 13) - (b.months[0] ?? 13));
};

const sortedByMonth = (timeline: TimelineEntry[]): TimelineEntry[] => timeline.map((e, i) => ({ e, i })).sort((a, b) => a.e.month - b.e.month || a.i - b.i).map(({ e }) => e);

/** Adds an activity over months `from`–`to`; months it already has are not repeated. */
export const addActivity = (timeline: readonly TimelineEntry[], activity: string, from: number, to: number, newId: () => string): TimelineEntry[] => {
  const name = key(activity);
  const have = new Set(timeline.filter((e) => key(e.activity) === name).map((e) => e.month));
  const added = MONTHS.filter((m) => m >= Math.min(from, to) && m <= Math.max(from, to) && !have.has(m)).map((month) => ({ id: newId(), month, activity: name }));
  return sortedByMonth([...timeline, ...added]);
};

/** Marks or clears one month of an activity. */
export const toggleMonth = (timeline: readonly TimelineEntry[], activity: string, month: number, on: boolean, newId: () => string): TimelineEntry[] => {
  const name = key(activity);
  const without = timeline.filter((e) => !(key(e.activity) === name && e.month === month));
  return on ? sortedByMonth([...without, { id: newId(), month, activity: name }]) : without;
};

/** Renames an activity in every month; renaming onto another activity merges the two rows. */
export const renameActivity = (timeline: readonly TimelineEntry[], from: string, to: string): TimelineEntry[] => {
  const source = key(from);
  const target = key(to);
  const targetMonths = new Set(timeline.filter((e) => key(e.activity) === target).map((e) => e.month));
  return timeline.flatMap((e) => {
    if (key(e.activity) !== source) return [e];
    return targetMonths.has(e.month) && source !== target ? [] : [{ ...e, activity: target }];
  });
};

export const removeActivity = (timeline: readonly TimelineEntry[], activity: string): TimelineEntry[] => timeline.filter((e) => key(e.activity) !== key(activity));
