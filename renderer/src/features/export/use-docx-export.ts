import { useCallback, useRef, useState } from 'react';
import type { ExportSettings } from '../../../../shared/model';
import { buildMasterplanDocument } from '../../../../shared/document';
import { useApi, useBridge } from '../../api/api-context';
import { messageOf } from '../../api/api-error';
import { workshopNotLoaded } from '../../session/workshop-command';
import { bytesFromBase64, saveFile, type SavedFile } from '../../api/save-file';
import { useSession } from '../../session/session-context';
import type { WorkshopSession } from '../../session/workshop-session';
import { coverLogoSvg } from '../../../../shared/document/image';
import { drawCoverLogo, drawDiagramsForExport } from './draw-diagrams';

type PaperSize = ExportSettings['paperSize'];

export type ExportStep = 'wait' | 'draw' | 'compose' | 'save';

export type ExportState =
  | { phase: 'idle' }
  | { phase: 'running'; step: ExportStep; drawn: number; total: number }
  | { phase: 'done'; fileName: string; saved: SavedFile; draft: boolean; missingDiagrams: number }
  | { phase: 'failed'; message: string; unsaved: boolean };

export interface ExportRequest {
  paperSize: PaperSize;
  opdId: string | null;
}

const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

class UnsavedEdits extends Error {}

/** The export is made from the stored workshop, so edits still on their way are waited for first. */
const untilSaved = (session: WorkshopSession): Promise<void> =>
  new Promise((resolve, reject) => {
    let stop: (() => void) | null = null;
    const check = (): boolean => {
      const { save } = session.getSnapshot();
      if (save.kind === 'error') reject(new UnsavedEdits(save.message));
      else if (!session.hasUnsavedWrites()) resolve();
      else return false;
      stop?.();
      return true;
    };
    if (!check()) stop = session.subscribe(() => void check());
  });

/** Draws the diagrams, asks the core for the .docx, and saves it (save dialog on the desktop, a download in the browser). */
export const useDocxExport = () => {
  const api = useApi();
  const bridge = useBridge();
  const session = useSession();
  const [state, setState] = useState<ExportState>({ phase: 'idle' });
  const running = useRef(false);

  const start = useCallback(
    async ({ paperSize, opdId }: ExportRequest) => {
      if (running.current) return;
      running.current = true;
      let step: ExportStep = 'wait';
      try {
        setState({ phase: 'running', step, drawn: 0, total: 0 });
        await untilSaved(session);
        const workshop = session.getSnapshot().workshop;
        if (!workshop) throw workshopNotLoaded();
        const doc = buildMasterplanDocument(workshop, { draft: true, ...(opdId ? { opdId } : {}) });
        step = 'draw';
        setState({ phase: 'running', step, drawn: 0, total: doc.diagrams.length });
        const diagrams = await drawDiagramsForExport(doc.diagrams, (drawn, total) => setState({ phase: 'running', step: 'draw', drawn, total }));
        const logo = coverLogoSvg(doc);
        const logoPicture = logo ? await drawCoverLogo(logo) : null;
        if (logoPicture) diagrams.push(logoPicture);
        step = 'compose';
        setState({ phase: 'running', step, drawn: doc.diagrams.length, total: doc.diagrams.length });
        const output = await api['export.docx']({ workshopId: workshop.id, paperSize, ...(opdId ? { opdId } : {}), diagrams });
        step = 'save';
        setState({ phase: 'running', step, drawn: doc.diagrams.length, total: doc.diagrams.length });
        const saved = await saveFile(bridge, { fileName: output.fileName, mimeType: DOCX_MIME, bytes: bytesFromBase64(output.base64), kind: 'Dokumen Word' });
        setState({ phase: 'done', fileName: output.fileName, saved, draft: output.draft, missingDiagrams: output.diagramsMissing.length });
      } catch (error) {
        setState({ phase: 'failed', message: messageOf(error), unsaved: error instanceof UnsavedEdits });
      } finally {
        running.current = false;
      }
    },
    [api, bridge, session],
  );

  return { state, start };
};
