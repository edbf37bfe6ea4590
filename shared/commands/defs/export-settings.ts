import { z } from 'zod';
import { ExportSettingsSchema } from '../../model';
import { FACILITATOR_ONLY, changedFields, defineCommand, partKey } from './def';

/** The paper size and optional chapters of the Word masterplan. */
export const exportSettingsDefs = {
  setExportSettings: defineCommand({
    type: 'setExportSettings',
    schema: z.object({ type: z.literal('setExportSettings'), settings: ExportSettingsSchema }),
    apply: (w, c) => ({ ...w, exportSettings: c.settings }),
    invert: (before) => ({ type: 'setExportSettings', settings: before.exportSettings }),
    touches: (before, c) => (before ? changedFields(before.exportSettings, c.settings, (f) => partKey('exportSettings', f)) : [partKey('exportSettings')]),
    access: FACILITATOR_ONLY,
  }),
};
