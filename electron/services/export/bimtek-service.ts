import type { MethodParsedInput } from '../../../shared/contract';
import type { BimtekDocxOutput } from '../../../shared/contract/bimtek';
import { BIMTEK_NUMERALS, attendeesAt } from '../../../shared/logic/bimtek';
import type { WorkshopStore } from '../store/workshop-store';
import { writeBimtekDocx } from './bimtek-docx';
import { slug } from './export-service';

/** `bimtek.docx`: the daftar hadir or berita acara of one Tahap of the stored workshop. */
export const exportBimtekDocx = async (store: WorkshopStore, input: MethodParsedInput<'bimtek.docx'>): Promise<BimtekDocxOutput> => {
  const { workshop } = await store.open(input.workshopId);
  const docx = await writeBimtekDocx(workshop, input.stage, input.paper, input.paperSize ?? workshop.exportSettings.paperSize);
  const region = slug(workshop.region.name || workshop.title);
  const fileName = `${[input.paper, 'bimtek', `tahap-${BIMTEK_NUMERALS[input.stage].toLowerCase()}`, region].filter(Boolean).join('-')}.docx`;
  return { fileName, base64: docx.toString('base64'), attendees: attendeesAt(workshop, input.stage).length };
};
