import { useEffect, useState } from 'react';
import { useBridge } from '../api/api-context';
import { HomeScreen } from '../features/home/HomeScreen';
import { BrowserRoleGate } from '../features/share';
import { WorkshopScreen } from '../features/workshop/WorkshopScreen';
import { StageScreen } from '../features/stage';
import { PREVIEW_PAGE } from '../features/export/route';
import { useLanguage, useT } from '../i18n/i18n-context';
import { navigate, parseRoute, useRoute } from './route';
import { useProjectorMode } from './projector-mode';

/** The two screens, chosen by the URL, and what the desktop menu asks for. */
export const App = () => {
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
      <BrowserRoleGate>
        {route.screen === 'stage' ? (
          <StageScreen key={route.workshopId} workshopId={route.workshopId} view={route.view} />
        ) : route.screen === 'workshop' ? (
          <WorkshopScreen key={route.workshopId} workshopId={route.workshopId} worksheet={route.worksheet} />
        ) : (
          <HomeScreen createRequest={createRequest} />
        )}
      </BrowserRoleGate>
    </>
  );
};
