import { useState } from 'react';
import type { BimtekPaperKind } from '../../../../shared/contract';
import type { BimtekStageId } from '../../../../shared/model';
import { useApi, useBridge } from '../../api/api-context';
import { messageOf } from '../../api/api-error';
import { bytesFromBase64, saveFile } from '../../api/save-file';
import { useToast } from '../../components/Toasts';
import { useT } from '../../i18n/i18n-context';
import { useSession } from '../../session/session-context';
import { whenSaved } from '../excel/session-saved';

const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/**
 * "Unduh daftar hadir" / "Unduh berita acara": waits until every edit is saved, asks the core for the .docx of the
 * Tahap, and saves it (the save dialog on the desktop, a download in the browser). `busy` says which paper is on its way.
 */
export const useBimtekDownload = () => {
  const t = useT();
  const api = useApi();
  const bridge = useBridge();
  const toast = useToast();
  const session = useSession();
  const [busy, setBusy] = useState<BimtekPaperKind | null>(null);

  const download = async (stage: BimtekStageId, paper: BimtekPaperKind, numeral: string) => {
    setBusy(paper);
    try {
      await whenSaved(session);
      const file = await api['bimtek.docx']({ workshopId: session.workshopId, stage, paper });
      const saved = await saveFile(bridge, { fileName: file.fileName, mimeType: DOCX_MIME, bytes: bytesFromBase64(file.base64), kind: t('bimtek.download.kind') });
      if (saved.where === 'cancelled') return;
      const where = saved.where === 'path' ? t('bimtek.download.saved', { file: saved.path }) : t('bimtek.download.downloaded', { file: file.fileName });
      toast({ tone: 'success', message: paper === 'daftar-hadir' && file.attendees === 0 ? `${where} ${t('bimtek.download.blank', { numeral })}` : where });
    } catch (error) {
      toast({ tone: 'error', message: messageOf(error) });
    } finally {
      setBusy(null);
    }
  };

  return { busy, download };
};
