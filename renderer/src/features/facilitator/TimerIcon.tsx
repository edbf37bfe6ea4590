const PATHS = {
  play: 'M7 4.5v15l12-7.5z',
  pause: 'M7 5h3.5v14H7zM13.5 5H17v14h-3.5z',
  reset: 'M4 12a8 8 0 1 0 2.6-5.9M4 4v5h5',
  clock: 'M12 7v5l3 2M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18z',
  present: 'M3 4h18v12H3zM12 16v4M8 20h8M8 10l3 2 5-4',
  exit: 'M9 4H4v5M15 4h5v5M9 20H4v-5M15 20h5v-5',
} as const;

export type TimerIconName = keyof typeof PATHS;

/** Icons the facilitator tools need beyond the shared set; the control around them carries the words. */
export const TimerIcon = ({ name }: { name: TimerIconName }) => (
  <svg className="icon" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
    <path d={PATHS[name]} fill={name === 'play' || name === 'pause' ? 'currentColor' : 'none'} stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" />
  </svg>
);
