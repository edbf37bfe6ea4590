import { PILLAR_LABELS, PILLAR_ORDER, SCORE_LABELS, SWOT_LABELS } from '../document/labels';
import { readinessStats, type TrafficLight } from '../logic/readiness-stats';
import type { Workshop } from '../model';
import { column, type WorkbookSheet } from './model';

const LIGHT_LABELS: Readonly<Record<TrafficLight, string>> = { red: 'Merah (belum siap)', amber: 'Kuning (sebagian siap)', green: 'Hijau (siap)' };

/** "Kesiapan": the readiness items per pillar with their 1–5 scores and evidence, then each pillar's summary. */
export const readinessSheet = (w: Workshop): WorkbookSheet => {
  const items = PILLAR_ORDER.flatMap((pillar) => w.readinessItems.filter((i) => i.pillar === pillar));
  const numbers = new Map<string, number>();
  const rows = items.map((item) => {
    const n = (numbers.get(item.pillar) ?? 0) + 1;
    numbers.set(item.pillar, n);
    return [
      PILLAR_LABELS[item.pillar],
      n,
      item.title,
      item.indicator,
      item.score,
      item.score === null ? 'Belum dinilai' : (SCORE_LABELS[item.score - 1] ?? ''),
      item.evidence,
      item.swot ? SWOT_LABELS[item.swot] : '',
      w.opds.find((o) => o.id === item.opdId)?.abbreviation ?? '',
    ];
  });
  const summary = readinessStats(w.readinessItems).map((s) => [
    PILLAR_LABELS[s.pillar],
    s.itemCount,
    s.scoredCount,
    s.mean === null ? null : Math.round(s.mean * 10) / 10,
    s.percentReady === null ? null : Math.round(s.percentReady),
    s.light ? LIGHT_LABELS[s.light] : 'Belum dinilai',
  ]);
  return {
    name: 'Kesiapan',
    filter: true,
    tables: [
      {
        columns: [
          column('Pilar', 20),
          column('No.', 6, 'integer'),
          column('Item kesiapan', 36, 'wrap'),
          column('Indikator', 36, 'wrap'),
          column('Skor (1–5)', 10, 'integer'),
          column('Tingkat', 14),
          column('Bukti/keterangan', 48, 'wrap'),
          column('SWOT', 14),
          column('OPD', 14),
        ],
        rows,
      },
      {
        title: 'Ringkasan per pilar',
        columns: [column('Pilar', 20), column('Jumlah item', 8, 'integer'), column('Sudah dinilai', 12, 'integer'), column('Rata-rata skor', 12, 'decimal'), column('Siap, skor ≥ 3 (%)', 12, 'integer'), column('Status', 22)],
        rows: summary,
        notes: ['Skor 1 Belum ada · 2 Rintisan · 3 Berkembang · 4 Terpadu · 5 Optimal. Status: rata-rata 1–2 merah, 3 kuning, 4–5 hijau.'],
      },
    ],
  };
};
