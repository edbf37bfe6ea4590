import { useState } from 'react';
import { useApi, useBridge } from '../../api/api-context';
import { messageOf } from '../../api/api-error';
import { bytesFromBase64, saveFile } from '../../api/save-file';
import { Icon } from '../../components/Icon';
import { useToast } from '../../components/Toasts';
import { useT } from '../../i18n/i18n-context';
import { useSession } from '../../session/session-context';
import { whenSaved } from './session-saved';
import './excel.css';

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** "Ekspor Excel": the workbook of the stored workshop, saved through the system dialog or as a download. */
export const ExcelExportButton = () => {
  const t = useT();
  const api = useApi();
  const bridge = useBridge();
  const toast = useToast();
  const session = useSession();
  const [busy, setBusy] = useState(false);

  const run = async () => {
    setBusy(true);
    try {
      await whenSaved(session);
      const file = await api['excel.export']({ workshopId: session.workshopId });
      const saved = await saveFile(bridge, { fileName: file.fileName, mimeType: XLSX_MIME, bytes: bytesFromBase64(file.base64), kind: t('excel.export.kind') });
      if (saved.where === 'path') {
        toast({
          tone: 'success',
          message: t('excel.export.saved', { file: saved.path }),
          ...(bridge ? { action: { label: t('excel.export.showInFolder'), run: () => void bridge.showInFolder(saved.path).catch((error: unknown) => toast({ tone: 'error', message: messageOf(error) })) } } : {}),
        });
      } else if (saved.where === 'download') toast({ tone: 'success', message: t('excel.export.downloaded', { file: file.fileName }) });
    } catch (error) {
      toast({ tone: 'error', message: messageOf(error) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <button type="button" className="btn btn-secondary excel-button" disabled={busy} aria-busy={busy} title={t('excel.export.hint')} onClick={() => void run()}>
      <Icon name={busy ? 'spinner' : 'file'} className={busy ? 'spin' : undefined} />
      <span>{busy ? t('excel.export.busy') : t('excel.export')}</span>
    </button>
  );
};
