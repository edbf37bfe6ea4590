import { useEffect, useState } from 'react';
import { useBridge } from '../api/api-context';
import { HomeScreen } from '../features/home/HomeScreen';
import { WorkshopScreen } from '../features/workshop/WorkshopScreen';
import { useLanguage, useT } from '../i18n/i18n-context';
import { navigate, useRoute } from './route';
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
        default:
          // undo/redo belong to the opened workshop (WorkshopScreen); export has no screen yet.
          break;
      }
    });
  }, [bridge, language, setLanguage, projector]);

  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      {route.screen === 'workshop' ? (
        <WorkshopScreen key={route.workshopId} workshopId={route.workshopId} worksheet={route.worksheet} />
      ) : (
        <HomeScreen createRequest={createRequest} />
      )}
    </>
  );
};
