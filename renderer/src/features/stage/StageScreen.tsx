import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { worksheetById } from '../../../../shared/logic';
import type { Workshop } from '../../../../shared/model';
import { hrefFor, navigate } from '../../app/route';
import { useLanguage, useT, type Language } from '../../i18n/i18n-context';
import { SessionProvider, useSessionSnapshot } from '../../session/session-context';
import { useWorkshopSession } from '../workshop/use-workshop-session';
import { stageViews, viewSlug, worksheetOfView, type StageView } from './stage-views';
import { localName } from './stage-text';
import { StageTimer } from './StageTimer';
import { useBodyPages } from './use-body-pages';
import { GapView, IssuesView, ReadinessView, SwotView, TowsView } from './views/AnalysisViews';
import { GoalsView, MissionsView, VisionView } from './views/VisionViews';
import { ProgramsView } from './views/ProgramsView';
import { QuickWinView } from './views/QuickWinView';
import { CommitmentView, RoadmapView } from './views/PlanViews';
import { PollStageView } from '../polls/PollStageView';
import './stage.css';

type T = ReturnType<typeof useT>;

export const viewTitle = (view: StageView, t: T, language: Language): string => {
  switch (view.kind) {
    case 'isu':
    case 'swot':
    case 'tows':
    case 'roadmap':
      return t(`stage.title.${view.kind}`, { dimension: localName(view.dimension, language) });
    case 'quick-win':
      return t('stage.title.quickWin');
    case 'jajak':
      return view.title;
    default:
      return t(`stage.title.${view.kind}`);
  }
};

/** Presentasi: the workshop's content for the projector, one read-only view at a time. */
export const StageScreen = ({ workshopId, view }: { workshopId: string; view: string | null }) => {
  const session = useWorkshopSession(workshopId);
  if (!session) return <StageMessage textKey="stage.loading" />;
  return (
    <SessionProvider session={session}>
      <LoadedStage workshopId={workshopId} slug={view} />
    </SessionProvider>
  );
};

const StageMessage = ({ textKey, detail, workshopId }: { textKey: 'stage.loading' | 'stage.openFailed'; detail?: string | null; workshopId?: string }) => {
  const t = useT();
  return (
    <div className="panggung">
      <main className="panggung-main" id="main">
        <p className="panggung-empty" role={textKey === 'stage.openFailed' ? 'alert' : 'status'}>
          {t(textKey)}
          {detail ? `: ${detail}` : null}
        </p>
        {workshopId ? (
          <p>
            <a className="panggung-link" href={hrefFor({ screen: 'workshop', workshopId, worksheet: null })}>
              {t('stage.backToEditing')}
            </a>
          </p>
        ) : null}
      </main>
    </div>
  );
};

const LoadedStage = ({ workshopId, slug }: { workshopId: string; slug: string | null }) => {
  const snapshot = useSessionSnapshot();
  if (snapshot.status === 'failed') return <StageMessage textKey="stage.openFailed" detail={snapshot.loadError} workshopId={workshopId} />;
  if (!snapshot.workshop) return <StageMessage textKey="stage.loading" />;
  return <Stage workshop={snapshot.workshop} slug={slug} />;
};

/**
 * A poll the projector is showing stays on it when the facilitator closes it before revealing the
 * results (closed and unrevealed polls are not stage views): the room sees "Ditutup" and the count,
 * then the results appear in place, instead of the projector jumping to the first view.
 */
const withProjectedPoll = (views: StageView[], workshop: Workshop, slug: string | null): StageView[] => {
  if (slug === null || views.some((v) => viewSlug(v) === slug)) return views;
  const poll = workshop.polls.find((p) => slug === `jajak-${p.id}`);
  return poll ? [...views, { kind: 'jajak', pollId: poll.id, title: poll.title }] : views;
};

const isTyping = (event: KeyboardEvent) => event.ctrlKey || event.metaKey || event.altKey;
const MODIFIER_KEYS = new Set(['Shift', 'Control', 'Alt', 'Meta', 'CapsLock', 'AltGraph']);

const Stage = ({ workshop, slug }: { workshop: Workshop; slug: string | null }) => {
  const t = useT();
  const { language } = useLanguage();
  // The list follows the workshop: a dimension added in the room gets its pages at once.
  const views = useMemo(() => withProjectedPoll(stageViews(workshop), workshop, slug), [workshop, slug]);
  const found = views.findIndex((v) => viewSlug(v) === slug);
  const index = found < 0 ? 0 : found;
  const view = views[index] as StageView;
  const title = viewTitle(view, t, language);
  const worksheetId = worksheetOfView(view);
  const [blank, setBlank] = useState(false);
  const [programFilter, setProgramFilter] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');

  const go = useCallback(
    (to: number) => {
      const target = views[Math.max(0, Math.min(views.length - 1, to))];
      // Replace: moving through the views is not a trail of browser history.
      if (target) window.location.replace(hrefFor({ screen: 'stage', workshopId: workshop.id, view: viewSlug(target) }));
    },
    [views, workshop.id],
  );

  // An unknown or missing view in the URL shows the first one; the URL says so.
  useEffect(() => {
    if (found < 0) go(0);
  }, [found, go]);

  // The projector showing a poll follows the facilitator to the poll just opened or revealed (or
  // created already open), so "Tampilkan hasil" on the word cloud shows the word cloud, not the dot
  // vote before it. Another view (a SWOT board being presented) is left alone.
  const pollStates = useRef<Map<string, string> | null>(null);
  useEffect(() => {
    const before = pollStates.current;
    const now = new Map(workshop.polls.map((p) => [p.id, `${p.status}/${String(p.revealed)}`]));
    pollStates.current = now;
    if (before === null || view.kind !== 'jajak') return;
    const moved = workshop.polls.find((p) => p.id !== view.pollId && before.get(p.id) !== now.get(p.id) && (p.status === 'open' || p.revealed));
    const target = moved ? views.findIndex((v) => v.kind === 'jajak' && v.pollId === moved.id) : -1;
    if (target >= 0) go(target);
  }, [workshop.polls, view, views, go]);

  const exit = useCallback(() => {
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    navigate({ screen: 'workshop', workshopId: workshop.id, worksheet: worksheetId });
  }, [workshop.id, worksheetId]);

  const toggleFullscreen = useCallback(() => {
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    else if (document.fullscreenEnabled) void document.documentElement.requestFullscreen({ navigationUI: 'hide' }).catch(() => undefined);
  }, []);

  const viewSlugNow = viewSlug(view);
  useEffect(() => {
    setAnnouncement(t('stage.announce', { n: index + 1, total: views.length, title }));
    document.title = `${title} · ${workshop.title}`;
    // Announce a new view, not every live edit of the same one.
  }, [viewSlugNow, language]);

  const bodyRef = useRef<HTMLDivElement>(null);
  const spacerRef = useRef<HTMLDivElement>(null);
  const pages = useBodyPages(bodyRef, spacerRef, viewSlugNow);
  // → shows the rest of a long view before the next view; ← the same way back.
  const forward = useCallback(() => {
    if (!pages.next()) go(index + 1);
  }, [pages, go, index]);
  const back = useCallback(() => {
    if (!pages.previous()) go(index - 1);
  }, [pages, go, index]);

  const dimensions = workshop.dimensionSet.dimensions;
  const keyState = useRef({ blank, index, view, dimensions, go, forward, back, exit, toggleFullscreen });
  keyState.current = { blank, index, view, dimensions, go, forward, back, exit, toggleFullscreen };

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const s = keyState.current;
      if (s.blank) {
        if (MODIFIER_KEYS.has(event.key)) return;
        event.preventDefault();
        setBlank(false);
        return;
      }
      if (isTyping(event) || event.defaultPrevented) return;
      const key = event.key;
      let handled = true;
      if (key === 'ArrowRight' || key === 'PageDown') s.forward();
      else if (key === 'ArrowLeft' || key === 'PageUp') s.back();
      else if (key === 'Home') s.go(0);
      else if (key === 'End') s.go(Number.MAX_SAFE_INTEGER);
      else if (key === 'f' || key === 'F') s.toggleFullscreen();
      else if (key === 'b' || key === 'B' || key === '.') setBlank(true);
      else if (key === 'Escape') s.exit();
      else if (s.view.kind === 'program' && /^[0-9]$/.test(key)) {
        const n = Number(key);
        if (n === 0) setProgramFilter(null);
        else if (s.dimensions[n - 1]) setProgramFilter(s.dimensions[n - 1]?.id ?? null);
        else handled = false;
      } else handled = false;
      if (handled) event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const worksheetLabel = t(worksheetById(worksheetId).i18nKey);
  return (
    <div className="panggung" data-view={viewSlugNow}>
      <main className="panggung-main" id="main" aria-labelledby="panggung-heading">
        <header className="panggung-header">
          <div className="panggung-heading-block">
            <p className="panggung-kicker">
              {workshop.region.name} · {worksheetLabel}
            </p>
            <h1 id="panggung-heading" className="panggung-title">
              {title}
            </h1>
          </div>
          <StageTimer key={`${workshop.id}/${worksheetId}`} workshopId={workshop.id} worksheetId={worksheetId} />
        </header>
        <div className={`panggung-body is-${view.kind}`} ref={bodyRef}>
          <ViewContent view={view} workshop={workshop} programFilter={programFilter} onProgramFilter={setProgramFilter} />
          <div ref={spacerRef} className="panggung-page-spacer" aria-hidden="true" />
        </div>
        {pages.more ? (
          <p className="panggung-more" data-testid="panggung-more">
            {t('stage.more')}
          </p>
        ) : null}
      </main>
      <nav className="panggung-switcher" aria-label={t('stage.switcher')}>
        <button type="button" className="panggung-switcher-button" onClick={back} disabled={index === 0 && !pages.turned} aria-keyshortcuts="ArrowLeft PageUp" aria-label={t('stage.previous')}>
          ←
        </button>
        <span className="panggung-position" aria-current="page">
          {t('stage.position', { n: index + 1, total: views.length })}
        </span>
        <button
          type="button"
          className="panggung-switcher-button"
          onClick={forward}
          disabled={index === views.length - 1 && !pages.more}
          aria-keyshortcuts="ArrowRight PageDown"
          aria-label={t('stage.next')}
        >
          →
        </button>
        <span className="panggung-keys">{t('stage.keys')}</span>
        <a className="panggung-switcher-exit" href={hrefFor({ screen: 'workshop', workshopId: workshop.id, worksheet: worksheetId })} onClick={(e) => (e.preventDefault(), exit())} aria-keyshortcuts="Escape">
          {t('stage.backToEditing')}
        </a>
      </nav>
      <p className="visually-hidden" aria-live="polite" aria-atomic="true">
        {announcement}
      </p>
      {blank ? (
        <div className="panggung-blank" data-testid="panggung-blank" onClick={() => setBlank(false)}>
          <p className="visually-hidden" role="status">
            {t('stage.blank')}
          </p>
        </div>
      ) : null}
    </div>
  );
};

const ViewContent = ({ view, workshop, programFilter, onProgramFilter }: { view: StageView; workshop: Workshop; programFilter: string | null; onProgramFilter(id: string | null): void }) => {
  switch (view.kind) {
    case 'kesiapan':
      return <ReadinessView workshop={workshop} />;
    case 'isu':
      return <IssuesView workshop={workshop} dimension={view.dimension} />;
    case 'swot':
      return <SwotView workshop={workshop} dimension={view.dimension} />;
    case 'tows':
      return <TowsView workshop={workshop} dimension={view.dimension} />;
    case 'kesenjangan':
      return <GapView workshop={workshop} />;
    case 'visi':
      return <VisionView workshop={workshop} />;
    case 'misi':
      return <MissionsView workshop={workshop} />;
    case 'tujuan':
      return <GoalsView workshop={workshop} />;
    case 'program':
      return <ProgramsView workshop={workshop} filter={programFilter} onFilter={onProgramFilter} />;
    case 'quick-win':
      return <QuickWinView workshop={workshop} />;
    case 'roadmap':
      return <RoadmapView workshop={workshop} dimension={view.dimension} />;
    case 'komitmen':
      return <CommitmentView workshop={workshop} />;
    case 'jajak':
      return <PollStageView workshop={workshop} pollId={view.pollId} heading={false} />;
  }
};
