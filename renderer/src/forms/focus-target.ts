/** Moves focus to the control marked `data-focus-target="<key>"` (ids of labelled fields are generated). */
export const focusTarget = (key: string): void => {
  const target = document.querySelector<HTMLElement>(`[data-focus-target="${CSS.escape(key)}"]`) ?? document.getElementById(key);
  target?.focus();
};
