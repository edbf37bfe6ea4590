import { useCallback, useEffect, useState } from 'react';

export const ROWS_PER_PAGE = 50;

/**
 * Which page of a long list to render. Back to the first page when `resetKey` changes (another filter
 * or sort), not when a row is edited, so an open row never vanishes; kept inside the list when it shrinks.
 */
export const usePage = (total: number, resetKey: string, size = ROWS_PER_PAGE) => {
  const [state, setState] = useState({ key: resetKey, page: 0 });
  if (state.key !== resetKey) setState({ key: resetKey, page: 0 });
  const pages = Math.max(1, Math.ceil(total / size));
  const page = Math.min(state.key === resetKey ? state.page : 0, pages - 1);
  const go = useCallback((next: number) => setState((s) => ({ ...s, page: Math.max(0, next) })), []);
  return { page, pages, from: page * size, to: Math.min(total, (page + 1) * size), go };
};

/** Rows drawn in a table's very first frame: more than fit on a 1920×1080 screen. */
export const FIRST_PAINT_ROWS = 24;

/**
 * False until the first frame has been painted (then true for good): a long table draws
 * its first screenful at once and the rest of its page right after, so opening the matrix shows rows
 * before all 50 of a page have been built and laid out.
 */
export const usePaintedOnce = (): boolean => {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    if (painted) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setPainted(true));
    });
    return () => {
      cancelAnimationFrame(frame);
      if (timer !== undefined) clearTimeout(timer);
    };
  }, [painted]);
  return painted;
};
