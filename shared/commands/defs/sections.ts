import { NarrativeSectionSchema } from '../../model';
import { collectionCommands, topCollection } from './collection-def';
import { FACILITATOR_ONLY } from './def';
import { ownsSection } from './opd-scope';

/** The masterplan's narrative sections, each owned by an OPD that may draft it. */
export const SectionCollection = topCollection('sections', 'section', NarrativeSectionSchema);

export const sectionDefs = {
  ...collectionCommands('Section', SectionCollection, {
    /** An OPD edits only existing sections it owns, keeping their owner and place in the outline. */
    upsertAccess: {
      facilitator: true,
      opd(w, opdId, c) {
        const existing = w.sections.find((s) => s.id === c.item.id);
        if (!existing) return 'Bagian naskah baru hanya dapat ditambahkan oleh fasilitator.';
        if (!ownsSection(existing, opdId)) return 'Bagian naskah ini milik OPD lain.';
        if (!ownsSection(c.item, opdId)) return 'Pemilik bagian naskah hanya dapat diubah oleh fasilitator.';
        if (c.item.outlineKey !== existing.outlineKey) return 'Letak bagian dalam kerangka naskah hanya dapat diubah oleh fasilitator.';
        return null;
      },
      group: null,
    },
    removeAccess: FACILITATOR_ONLY,
  }),
};
