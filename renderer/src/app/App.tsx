import { lazy, Suspense, useEffect, useState } from 'react';
import { useBridge } from '../api/api-context';
import { BrowserRoleGate } from '../features/share/BrowserRoleGate';
import { WorkshopScreen } from '../features/workshop/WorkshopScreen';
import { PREVIEW_PAGE } from '../features/export/route';
import type { BrowserRole } from '../participant/session/participant-session';
import { useLanguage, useT } from '../i18n/i18n-context';
import { navigate, parseRoute, useRoute } from './route';
import { useProjectorMode } from './projector-mode';

// The home screen and the stage are their own chunks: a workshop opened from the URL loads neither.
const HomeScreen = lazy(() => import('../features/home/HomeScreen').then((m) => ({ default: m.HomeScreen })));
const StageScreen = lazy(() => import('../features/stage/StageScreen').then((m) => ({ default: m.StageScreen })));

/**
 * The screens, chosen by the URL, and what the desktop menu asks for. `role` is the browser's role
 * check already on its way (null in the desktop app), `known` the role when it was settled before the app started.
 */
export const App = ({ role = null, known = null }: { role?: Promise<BrowserRole> | null; known?: BrowserRole | null }) => {
  const t = useT();
  const route = useRoute();
  const bridge = useBridge();
  const { language, setLanguage } = useLanguage();
  const projector = useProjectorMode();
  const [createRequest, setCreateRequest] = useState(0);

  useEffect(() => {
    if (!bridge) return;
    return bridge.onMenuCommand((command, workshopId) => {
      switch (command) {
        case 'new-workshop':
          navigate({ screen: 'home' });
          setCreateRequest((n) => n + 1);
          break;
        case 'open-home':
          navigate({ screen: 'home' });
          break;
        case 'open-workshop':
          if (workshopId) navigate({ screen: 'workshop', workshopId, worksheet: null });
          break;
        case 'toggle-language':
          setLanguage(language === 'id' ? 'en' : 'id');
          break;
        case 'projector':
          projector.toggle();
          break;
        case 'export': {
          // The preview and export page of the workshop in view (or the one the menu names).
          const shown = parseRoute(window.location.hash);
          const id = workshopId ?? (shown.screen === 'home' ? null : shown.workshopId);
          if (id) navigate({ screen: 'workshop', workshopId: id, worksheet: PREVIEW_PAGE });
          break;
        }
        default:
          // undo/redo belong to the opened workshop (WorkshopScreen).
          break;
      }
    });
  }, [bridge, language, setLanguage, projector]);

  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <BrowserRoleGate checking={role} known={known}>
        {route.screen === 'stage' ? (
          <Suspense fallback={null}>
            <StageScreen key={route.workshopId} workshopId={route.workshopId} view={route.view} />
          </Suspense>
        ) : route.screen === 'workshop' ? (
          <WorkshopScreen key={route.workshopId} workshopId={route.workshopId} worksheet={route.worksheet} />
        ) : (
          <Suspense fallback={null}>
            <HomeScreen createRequest={createRequest} />
          </Suspense>
        )}
      </BrowserRoleGate>
    </>
  );
};
