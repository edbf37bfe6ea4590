import type { RecentWorkshop } from './menu';

interface ListedWorkshop {
  id: string;
  title: string;
  updatedAt: string;
  status: 'ok' | 'read-only' | 'damaged';
}

/** Berkas › Terbaru: the most recently changed workshops that can be opened, newest first. */
export const recentWorkshops = (workshops: readonly ListedWorkshop[], limit = 6): RecentWorkshop[] =>
  workshops
    .filter((workshop) => workshop.status !== 'damaged')
    .toSorted((a, b) => b.updatedAt.localeCompare(a.updatedAt))
    .slice(0, limit)
    .map(({ id, title }) => ({ id, title }));
