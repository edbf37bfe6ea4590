import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';

export const ROWS_PER_PAGE = 50;

/**
 * How many rows of a long list to render: a first page at once, the next ones as the user
 * scrolls near the end (or asks for them). The count starts over when `resetKey` changes
 * (another filter or sort), and not when a row is edited, so an open row never vanishes.
 */
export const useIncrementalCount = (total: number, resetKey: string, page = ROWS_PER_PAGE) => {
  const [state, setState] = useState({ key: resetKey, count: page });
  if (state.key !== resetKey) setState({ key: resetKey, count: page });
  const count = state.key === resetKey ? state.count : page;
  const showMore = useCallback(() => setState((s) => ({ ...s, count: s.count + page })), [page]);
  return { shown: Math.min(count, total), remaining: Math.max(0, total - count), showMore };
};

/** Calls `onNear` when the element comes within reach of the scroll area's bottom edge. */
export const useNearBottom = (target: RefObject<Element | null>, root: RefObject<Element | null>, onNear: () => void, dependency: unknown) => {
  const callback = useRef(onNear);
  callback.current = onNear;
  useEffect(() => {
    const element = target.current;
    if (!element || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && callback.current(), {
      root: root.current,
      rootMargin: '0px 0px 300px 0px',
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [target, root, dependency]);
};
