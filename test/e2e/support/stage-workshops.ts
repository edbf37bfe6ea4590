import { workshopWithPrograms } from '../../../bench/program-matrix';
import { buildLargeWorkshop } from '../../../bench/large-workshop';
import { createEmptyWorkshop } from '../../../shared/logic';
import { referenceData } from '../../../electron/services/reference';
import { WorkshopSchema, type Workshop } from '../../../shared/model';

/*
 * Workshops for the stage's extremes (stage-extremes.spec.ts), built under tsx because the bench's
 * builders read the reference JSON with import attributes Playwright's loader lacks:
 * - the 800-program bench workshop (bench/program-matrix.ts);
 * - the demo grown to 800 programs with one dimension overfull: 30 more issues, 48 SWOT factors,
 *   32 TOWS strategies, 10 more missions and 16 goals, 40 scored quick-win candidates, 30 signatories;
 * - a new, empty workshop.
 */

const LONG = 'Pelayanan administrasi kependudukan di kecamatan belum terintegrasi dengan sistem informasi desa sehingga warga harus datang berkali-kali';

const overfull = (): Workshop => {
  const large = buildLargeWorkshop(800);
  const d0 = large.dimensionSet.dimensions[0]!;
  const numbered = (n: number) => `${n + 1}. ${LONG}`;
  return WorkshopSchema.parse({
    ...large,
    id: 'panggung-penuh',
    title: 'Panggung penuh',
    issues: [...large.issues, ...Array.from({ length: 30 }, (_, i) => ({ id: `iss-${i}`, dimensionId: d0.id, kind: i % 2 ? 'potensi' : 'permasalahan', text: numbered(i) }))],
    swotItems: [...large.swotItems, ...Array.from({ length: 48 }, (_, i) => ({ id: `sw-${i}`, dimensionId: d0.id, quadrant: ['S', 'W', 'O', 'T'][i % 4], text: numbered(i) }))],
    towsStrategies: [...large.towsStrategies, ...Array.from({ length: 32 }, (_, i) => ({ id: `tw-${i}`, dimensionId: d0.id, kind: ['SO', 'ST', 'WO', 'WT'][i % 4], text: numbered(i) }))],
    missions: [...large.missions, ...Array.from({ length: 10 }, (_, i) => ({ id: `mi-${i}`, text: `Misi ${numbered(i)}`, dimensionIds: large.dimensionSet.dimensions.map((d) => d.id) }))],
    goals: [...large.goals, ...Array.from({ length: 16 }, (_, i) => ({ id: `go-${i}`, text: `Tujuan ${numbered(i)}` }))],
    quickWins: {
      ...large.quickWins,
      candidates: large.programs.slice(0, 40).map((p, i) => ({
        id: `qw-${i}`,
        programId: p.id,
        decision: i % 3 === 0 ? 'chosen' : 'pending',
        scores: { impact: 1 + (i % 5), speed: 1 + ((i * 2) % 5), feasibility: 3, cost: 1 + ((i * 3) % 5), innovation: 3, sustainability: 3 },
      })),
    },
    commitment: {
      ...large.commitment,
      entries: [
        ...large.commitment.entries,
        ...large.opds.slice(0, 30).map((o, i) => ({ id: `ce-${i}`, opdId: o.id, headTitle: `Kepala ${o.name}`, headName: i % 4 ? `Dr. Nama Pejabat Panjang ${i}, S.T., M.Si.` : '' })),
      ],
    },
  });
};

export const stageWorkshops = (): Workshop[] => [
  workshopWithPrograms(800),
  overfull(),
  createEmptyWorkshop({ id: 'panggung-kosong', title: 'Lokakarya baru', regionName: 'Kabupaten Baru', regionKind: 'kabupaten', startYear: 2026, now: '2026-01-05T02:00:00.000Z', reference: referenceData() }),
];
