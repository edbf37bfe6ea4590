import type { NarrativeSection, Program } from '../../model';

/** What an OPD owns: the narrative sections it drafts and the programs it leads. */
export const ownsSection = (section: Pick<NarrativeSection, 'ownerOpdId'> | null | undefined, opdId: string): boolean => section?.ownerOpdId === opdId;
export const leadsProgram = (program: Pick<Program, 'leadOpdId'> | null | undefined, opdId: string): boolean => program?.leadOpdId === opdId;

export const OUT_OF_SCOPE_MESSAGE = 'Anda hanya dapat mengubah bagian naskah dan program milik OPD Anda sendiri.';
