import fs from 'node:fs/promises';
import { z } from 'zod';
import { newId } from './ids';
import { buildDemoWorkshop } from './reference';
import { exists, writeFileDurably } from './store/durable-fs';
import type { DataLayout } from './store/layout';
import type { WorkshopStore } from './store/workshop-store';

/**
 * Adds the demo workshop on the first launch with an empty data folder, and remembers that it
 * did (a marker file), so a facilitator who deletes the demo does not see it come back.
 */
export const seedDemoOnce = async (store: WorkshopStore, layout: DataLayout, now: () => Date): Promise<void> => {
  if (await exists(layout.demoMarker)) return;
  const alreadyUsed = (await fs.readdir(layout.workshopsDir)).length > 0 || (await exists(layout.trashDir));
  const at = now().toISOString();
  let workshopId: string | null = null;
  if (!alreadyUsed) {
    workshopId = newId();
    await store.add(buildDemoWorkshop(workshopId, at));
  }
  await writeFileDurably(layout.demoMarker, JSON.stringify({ seededAt: at, workshopId }));
};

const DemoMarkerSchema = z.object({ workshopId: z.string().nullable().catch(null) });

/** The id of the demo seeded into this data folder, or null (none seeded, or an unreadable marker). */
export const seededDemoId = async (layout: DataLayout): Promise<string | null> => {
  try {
    const parsed = DemoMarkerSchema.safeParse(JSON.parse(await fs.readFile(layout.demoMarker, 'utf8')));
    return parsed.success ? parsed.data.workshopId : null;
  } catch {
    // No marker yet, or one a crash left half written: nothing is marked as the demo.
    return null;
  }
};
