import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';

const STORAGE_KEY = 'masterplan.projector';

interface ProjectorMode {
  /** Larger type and spacing everywhere, remembered between sessions. */
  on: boolean;
  toggle(): void;
  /** The current worksheet alone on the screen: navigation hidden, large type; not remembered. */
  presenting: boolean;
  present(): void;
  stopPresenting(): void;
}

const ProjectorContext = createContext<ProjectorMode | null>(null);

const readStored = (): boolean => {
  try {
    return window.localStorage.getItem(STORAGE_KEY) === 'on';
  } catch {
    return false;
  }
};

/** A dialog handles its own Escape; so does a field that cancels its edit (it prevents the default). */
const escapeIsForUs = (event: KeyboardEvent): boolean => event.key === 'Escape' && !event.defaultPrevented && document.querySelector('dialog[open]') === null;

/**
 * Projector mode: larger type and spacing for a room reading the screen from a distance.
 * Presenting: the current worksheet full screen (the Fullscreen API when the browser or the
 * desktop shell allows it, otherwise just the window), left with Escape or the exit button.
 */
export const ProjectorModeProvider = ({ children }: { children: ReactNode }) => {
  const [on, setOn] = useState(readStored);
  const [presenting, setPresenting] = useState(false);
  // Only a fullscreen we asked for ends the presentation when it ends.
  const ownFullscreen = useRef(false);

  useEffect(() => {
    document.documentElement.dataset.projector = on ? 'on' : 'off';
    try {
      window.localStorage.setItem(STORAGE_KEY, on ? 'on' : 'off');
    } catch {
      // The choice lasts for this session only.
    }
  }, [on]);

  const stopPresenting = useCallback(() => {
    setPresenting(false);
    if (ownFullscreen.current && document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    ownFullscreen.current = false;
  }, []);

  const present = useCallback(() => {
    setPresenting(true);
    if (!document.fullscreenEnabled || document.fullscreenElement) return;
    // Must run inside the click that asked for it; refused (a permission, an iframe) means the window is enough.
    document.documentElement
      .requestFullscreen({ navigationUI: 'hide' })
      .then(() => {
        ownFullscreen.current = true;
      })
      .catch(() => {
        ownFullscreen.current = false;
      });
  }, []);

  useEffect(() => {
    document.documentElement.dataset.presenting = presenting ? 'on' : 'off';
    if (!presenting) return;
    const onKey = (event: KeyboardEvent) => {
      if (!escapeIsForUs(event)) return;
      event.preventDefault();
      stopPresenting();
    };
    // The browser's own Escape (or F11) leaves fullscreen without telling the page about the key.
    const onFullscreenChange = () => {
      if (!document.fullscreenElement && ownFullscreen.current) {
        ownFullscreen.current = false;
        setPresenting(false);
      }
    };
    window.addEventListener('keydown', onKey);
    document.addEventListener('fullscreenchange', onFullscreenChange);
    return () => {
      window.removeEventListener('keydown', onKey);
      document.removeEventListener('fullscreenchange', onFullscreenChange);
    };
  }, [presenting, stopPresenting]);

  const toggle = useCallback(() => setOn((value) => !value), []);
  const value = useMemo(() => ({ on, toggle, presenting, present, stopPresenting }), [on, toggle, presenting, present, stopPresenting]);
  return <ProjectorContext.Provider value={value}>{children}</ProjectorContext.Provider>;
};

export const useProjectorMode = (): ProjectorMode => {
  const value = useContext(ProjectorContext);
  if (!value) throw new Error('ProjectorModeProvider is missing');
  return value;
};
