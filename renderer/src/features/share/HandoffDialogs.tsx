import { useMemo, useState } from 'react';
import type { WorkshopSummary } from '../../../../shared/model';
import { useApi, useBridge } from '../../api/api-context';
import { Dialog } from '../../components/Dialog';
import { Field } from '../../components/Field';
import { useToast } from '../../components/Toasts';
import { useT } from '../../i18n/i18n-context';
import { useWorkshop } from '../../session/session-context';
import { savePackage } from './package-file';
import { PackageFileInput } from './PackageFileInput';
import { useAction } from './use-action';
import './share.css';
import { OpdSelect } from '../../components/OpdSelect';

/** Facilitator: save a package with one OPD's sections and programs, for its head to draft offline. */
export const ExportPackageDialog = ({ onClose }: { onClose(): void }) => {
  const t = useT();
  const api = useApi();
  const bridge = useBridge();
  const toast = useToast();
  const workshop = useWorkshop();
  const choices = useMemo(
    () =>
      workshop.opds
        .map((opd) => ({ opd, sections: workshop.sections.filter((s) => s.ownerOpdId === opd.id).length, programs: workshop.programs.filter((p) => p.leadOpdId === opd.id).length }))
        .sort((a, b) => Number(b.sections + b.programs > 0) - Number(a.sections + a.programs > 0)),
    [workshop],
  );
  const [opdId, setOpdId] = useState(choices[0]?.opd.id ?? '');
  const { error, busy, act } = useAction();
  const submit = () =>
    act(async () => {
      const file = await api['handoff.export']({ workshopId: workshop.id, opdId });
      const saved = await savePackage(bridge, file);
      if (saved.where === 'cancelled') return;
      toast({ tone: 'success', message: t('handoff.export.done', { file: saved.where === 'path' ? saved.path : file.fileName, sections: file.summary.sections, programs: file.summary.programs }) });
      onClose();
    });
  return (
    <Dialog
      title={t('handoff.export.title')}
      description={t('handoff.export.lead')}
      onClose={onClose}
      onSubmit={() => void submit()}
      actions={
        <>
          <button type="button" className="btn btn-secondary" onClick={onClose}>
            {t('share.close')}
          </button>
          <button type="submit" className="btn btn-primary" disabled={busy || opdId === ''}>
            {t('handoff.export.submit')}
          </button>
        </>
      }
    >
      <Field label={t('handoff.export.opd')} error={error}>
        {({ inputId, describedBy, invalid }) => (
          <OpdSelect
            id={inputId}
            value={opdId === '' ? null : opdId}
            opds={choices.map((c) => c.opd)}
            detail={(opd) => {
              const counts = choices.find((c) => c.opd.id === opd.id);
              return counts ? t('handoff.export.counts', { sections: counts.sections, programs: counts.programs }) : null;
            }}
            describedBy={describedBy}
            invalid={invalid}
            onChange={(chosen) => setOpdId(chosen ?? '')}
          />
        )}
      </Field>
    </Dialog>
  );
};

/** OPD head: open a package from the facilitator as their own copy of the workshop. */
export const OpenPackageDialog = ({ onClose, onOpened }: { onClose(): void; onOpened(workshop: WorkshopSummary, reopened: boolean, opd: string): void }) => {
  const t = useT();
  const api = useApi();
  const { error, busy, act } = useAction();
  return (
    <Dialog
      title={t('handoff.open.title')}
      description={t('handoff.open.lead')}
      onClose={onClose}
      actions={
        <button type="button" className="btn btn-secondary" onClick={onClose}>
          {t('share.close')}
        </button>
      }
    >
      <PackageFileInput
        label={t('handoff.open.file')}
        buttonText={busy ? t('handoff.reading') : t('handoff.chooseFile')}
        disabled={busy}
        error={error}
        onText={(text) =>
          void act(async () => {
            const opened = await api['handoff.openPackage']({ package: text });
            onOpened(opened.workshop, opened.reopened, opened.summary.opd.abbreviation);
          })
        }
      />
    </Dialog>
  );
};

/** OPD head: save the return package of their copy, to hand to the facilitator. */
export const ReturnPackageDialog = ({ onClose }: { onClose(): void }) => {
  const t = useT();
  const api = useApi();
  const bridge = useBridge();
  const toast = useToast();
  const workshop = useWorkshop();
  const [authorName, setAuthorName] = useState('');
  const { error, busy, act } = useAction();
  const submit = () =>
    act(async () => {
      const file = await api['handoff.exportReturn']({ workshopId: workshop.id, authorName });
      const saved = await savePackage(bridge, file);
      if (saved.where === 'cancelled') return;
      toast({ tone: 'success', message: t('handoff.return.done', { file: saved.where === 'path' ? saved.path : file.fileName }) });
      onClose();
    });
  return (
    <Dialog
      title={t('handoff.return.title')}
      description={t('handoff.return.lead')}
      onClose={onClose}
      onSubmit={() => void submit()}
      actions={
        <>
          <button type="button" className="btn btn-secondary" onClick={onClose}>
            {t('share.close')}
          </button>
          <button type="submit" className="btn btn-primary" disabled={busy || authorName.trim() === ''}>
            {t('handoff.return.submit')}
          </button>
        </>
      }
    >
      <Field label={t('handoff.return.name')} error={error}>
        {({ inputId, describedBy, invalid }) => (
          <input id={inputId} className="input" autoComplete="name" maxLength={100} value={authorName} aria-describedby={describedBy} aria-invalid={invalid} onChange={(e) => setAuthorName(e.target.value)} />
        )}
      </Field>
    </Dialog>
  );
};
