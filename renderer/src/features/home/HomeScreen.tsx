import { useEffect, useState } from 'react';
import type { WorkshopSummary } from '../../../../shared/model';
import { messageOf } from '../../api/api-error';
import { useApi } from '../../api/api-context';
import { navigate } from '../../app/route';
import { Icon } from '../../components/Icon';
import { useToast } from '../../components/Toasts';
import { TopBar } from '../../components/TopBar';
import { useT } from '../../i18n/i18n-context';
import { OpenPackageButton } from '../share';
import { ContinueCard } from './ContinueCard';
import { CreateWorkshopDialog } from './CreateWorkshopDialog';
import { DamagedWorkshops } from './DamagedWorkshops';
import { DeleteWorkshopDialog } from './DeleteWorkshopDialog';
import { LegacyImportBanner } from './LegacyImportBanner';
import { RenameWorkshopDialog } from './RenameWorkshopDialog';
import { StartGuide } from './StartGuide';
import { TrashDialog } from './TrashDialog';
import { useWorkshopList } from './use-workshop-list';
import { WorkshopRow } from './WorkshopRow';

type OpenDialog = { kind: 'create' } | { kind: 'trash' } | { kind: 'rename'; workshop: WorkshopSummary } | { kind: 'delete'; workshop: WorkshopSummary } | null;

interface Props {
  /** Bumped by the native menu's "Lokakarya baru". */
  createRequest: number;
}

/** Beranda: every workshop on this computer, and the way into each. */
export const HomeScreen = ({ createRequest }: Props) => {
  const t = useT();
  const api = useApi();
  const toast = useToast();
  const { state, reload } = useWorkshopList();
  const [dialog, setDialog] = useState<OpenDialog>(null);

  useEffect(() => {
    if (createRequest > 0) setDialog({ kind: 'create' });
  }, [createRequest]);

  useEffect(() => {
    document.title = `${t('home.title')} · ${t('app.name')}`;
  }, [t]);

  const duplicate = async (workshop: WorkshopSummary) => {
    try {
      const copy = await api['workshops.duplicate']({ workshopId: workshop.id, title: t('home.duplicateTitle', { title: workshop.title }).slice(0, 200) });
      toast({ tone: 'success', message: t('home.duplicated', { title: copy.title }) });
    } catch (error) {
      toast({ tone: 'error', message: messageOf(error) });
    }
    await reload();
  };

  const restoreFromTrash = async (trashId: string, title: string) => {
    try {
      await api['workshops.restore']({ trashId });
      toast({ tone: 'success', message: t('home.restored', { title }) });
    } catch (error) {
      toast({ tone: 'error', message: messageOf(error) });
    }
    await reload();
  };

  const workshops = state.kind === 'ready' ? state.listing.workshops : [];
  const demoId = state.kind === 'ready' ? (state.listing.demoWorkshopId ?? null) : null;
  // The list comes newest first: the one to pick up again, unless it is only the untouched demo beside others.
  const recent = workshops.find((w) => w.id !== demoId) ?? workshops[0];

  return (
    <div className="app-frame">
      <TopBar />
      <main className="home" id="main" aria-labelledby="home-heading">
        <div className="home-header">
          <div className="home-header-text">
            <h1 id="home-heading" className="page-title">
              {t('home.title')}
            </h1>
            <p className="page-lead">{t('home.lead')}</p>
          </div>
          <div className="home-actions">
            <OpenPackageButton />
            <button type="button" className="btn btn-primary btn-large" onClick={() => setDialog({ kind: 'create' })}>
              <Icon name="plus" />
              <span>{t('home.create.open')}</span>
            </button>
          </div>
        </div>

        {state.kind === 'loading' ? (
          <p className="loading" role="status">
            {t('home.loading')}
          </p>
        ) : null}
        {state.kind === 'failed' ? (
          <div className="card card-error" role="alert">
            <p>{t('home.loadFailed', { message: state.message })}</p>
            <button type="button" className="btn btn-secondary" onClick={() => void reload()}>
              {t('common.retry')}
            </button>
          </div>
        ) : null}

        {state.kind === 'ready' ? (
          <>
            <LegacyImportBanner onImported={() => void reload()} />
            <DamagedWorkshops
              damaged={state.listing.damaged}
              onRestored={() => void reload()}
              onRestoreBackup={async (item) => {
                try {
                  const summary = await api['workshops.restoreBackup']({ workshopId: item.workshopId });
                  toast({ tone: 'success', message: t('recovery.backup.restored', { title: summary.title }) });
                } catch (error) {
                  toast({ tone: 'error', message: messageOf(error) });
                }
                await reload();
              }}
            />
            <div className="home-grid">
              <div className="home-main">
                {recent ? <ContinueCard workshop={recent} isDemo={recent.id === demoId} /> : null}
                <section aria-labelledby="workshops-heading" className="home-list">
                  <div className="home-list-heading">
                    <h2 id="workshops-heading" className="section-title">
                      {t('home.listTitle', { count: workshops.length })}
                    </h2>
                    <button type="button" className="btn btn-secondary btn-small" aria-haspopup="dialog" onClick={() => setDialog({ kind: 'trash' })}>
                      <Icon name="trash" />
                      <span>{t('trash.open')}</span>
                    </button>
                  </div>
                  {workshops.length === 0 ? (
                    <div className="empty-state">
                      <p className="empty-title">{t('home.empty.title')}</p>
                      <p>{t('home.empty.body')}</p>
                      <button type="button" className="btn btn-primary" onClick={() => setDialog({ kind: 'create' })}>
                        <Icon name="plus" />
                        <span>{t('home.create.open')}</span>
                      </button>
                    </div>
                  ) : (
                    <ul className="workshop-list">
                      {workshops.map((workshop) => (
                        <WorkshopRow
                          key={workshop.id}
                          workshop={workshop}
                          isDemo={workshop.id === demoId}
                          onDuplicate={() => void duplicate(workshop)}
                          onRename={() => setDialog({ kind: 'rename', workshop })}
                          onDelete={() => setDialog({ kind: 'delete', workshop })}
                        />
                      ))}
                    </ul>
                  )}
                </section>
              </div>
              <StartGuide demoId={demoId} />
            </div>
          </>
        ) : null}
      </main>

      {dialog?.kind === 'create' ? (
        <CreateWorkshopDialog
          onClose={() => setDialog(null)}
          onCreated={(summary) => {
            setDialog(null);
            navigate({ screen: 'workshop', workshopId: summary.id, worksheet: null });
          }}
        />
      ) : null}
      {dialog?.kind === 'trash' ? <TrashDialog onClose={() => setDialog(null)} onRestored={() => void reload()} /> : null}
      {dialog?.kind === 'rename' ? (
        <RenameWorkshopDialog
          workshop={dialog.workshop}
          onClose={() => setDialog(null)}
          onRenamed={(summary) => {
            setDialog(null);
            toast({ tone: 'success', message: t('home.renamed', { title: summary.title }) });
            void reload();
          }}
        />
      ) : null}
      {dialog?.kind === 'delete' ? (
        <DeleteWorkshopDialog
          workshop={dialog.workshop}
          onClose={() => setDialog(null)}
          onDeleted={(trashId) => {
            const { title } = dialog.workshop;
            setDialog(null);
            toast({ tone: 'info', message: t('home.deleted', { title }), action: { label: t('common.undoAction'), run: () => void restoreFromTrash(trashId, title) } });
            void reload();
          }}
        />
      ) : null}
    </div>
  );
};
