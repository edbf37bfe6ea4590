import { buildDemoWorkshop, referenceData } from '../../../electron/services/reference';
import { createEmptyWorkshop } from '../../../shared/logic';
import { ProgramSchema, ReadinessItemSchema, type Program, type ReadinessItem, type RegionKind, type Workshop } from '../../../shared/model';
import type { z } from 'zod';

export const NOW = '2025-11-16T09:00:00+07:00';
export const LATER = '2025-11-16T10:00:00+07:00';

/** A fresh workshop for a made-up kabupaten, planned 2026–2030. */
export const emptyWorkshop = (options: { regionName?: string; regionKind?: RegionKind; startYear?: number } = {}): Workshop =>
  createEmptyWorkshop({
    id: 'lokakarya-uji',
    title: 'Bimtek Masterplan Kabupaten Contoh',
    regionName: options.regionName ?? 'Kabupaten Contoh',
    regionKind: options.regionKind ?? 'kabupaten',
    startYear: options.startYear ?? 2026,
    now: NOW,
    reference: referenceData(),
  });

export const demoWorkshop = (): Workshop => buildDemoWorkshop('demo-malang', NOW);

/** A valid program row; by default Smart Governance · Service, code SG-SV-01, run in 2026. */
export const aProgram = (fields: Partial<z.input<typeof ProgramSchema>> = {}): Program =>
  ProgramSchema.parse({
    id: 'prog-uji',
    code: 'SG-SV-01',
    dimensionId: 'smart-governance',
    elementId: 'governance-service',
    name: 'Perizinan daring',
    leadOpdId: 'dpmptsp',
    years: [2026],
    ...fields,
  });

export const aReadinessItem = (fields: Partial<z.input<typeof ReadinessItemSchema>> & Pick<ReadinessItem, 'id' | 'pillar'>): ReadinessItem =>
  ReadinessItemSchema.parse({ title: 'Item kesiapan', ...fields });
