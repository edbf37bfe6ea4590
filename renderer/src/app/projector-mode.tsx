import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';

const STORAGE_KEY = 'masterplan.projector';

interface ProjectorMode {
  on: boolean;
  toggle(): void;
}

const ProjectorContext = createContext<ProjectorMode | null>(null);

const readStored = (): boolean => {
  try {
    return window.localStorage.getItem(STORAGE_KEY) === 'on';
  } catch {
    return false;
  }
};

/** Projector mode: larger type and spacing for a room reading the screen from a distance. */
export const ProjectorModeProvider = ({ children }: { children: ReactNode }) => {
  const [on, setOn] = useState(readStored);
  useEffect(() => {
    document.documentElement.dataset.projector = on ? 'on' : 'off';
    try {
      window.localStorage.setItem(STORAGE_KEY, on ? 'on' : 'off');
    } catch {
      // The choice lasts for this session only.
    }
  }, [on]);
  const toggle = useCallback(() => setOn((value) => !value), []);
  const value = useMemo(() => ({ on, toggle }), [on, toggle]);
  return <ProjectorContext.Provider value={value}>{children}</ProjectorContext.Provider>;
};

export const useProjectorMode = (): ProjectorMode => {
  const value = useContext(ProjectorContext);
  if (!value) throw new Error('ProjectorModeProvider is missing');
  return value;
};
