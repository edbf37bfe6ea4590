import { describe, expect, it } from 'vitest';
import { recentWorkshops } from '../../../electron/main/recent-workshops';

const listed = (id: string, updatedAt: string, status: 'ok' | 'read-only' | 'damaged' = 'ok') => ({ id, title: `Masterplan ${id}`, updatedAt, status });

describe('Berkas › Terbaru', () => {
  it('lists the most recently changed workshops first, up to the limit', () => {
    const workshops = [listed('sleman', '2026-01-02T00:00:00Z'), listed('ambon', '2026-03-01T00:00:00Z'), listed('bantul', '2026-02-01T00:00:00Z')];
    expect(recentWorkshops(workshops, 2)).toEqual([
      { id: 'ambon', title: 'Masterplan ambon' },
      { id: 'bantul', title: 'Masterplan bantul' },
    ]);
  });

  it('leaves out damaged workshops but keeps read-only ones', () => {
    const workshops = [listed('rusak', '2026-05-01T00:00:00Z', 'damaged'), listed('baru', '2026-04-01T00:00:00Z', 'read-only')];
    expect(recentWorkshops(workshops).map((w) => w.id)).toEqual(['baru']);
  });
});
