import { useCallback, useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';

/**
 * A view with more than fits on the projector is shown a page at a time, never cut: → first turns
 * to the rest of the view (the first item that did not fit starts the next page), then to the next
 * view; ← goes back the same way. Items that do not fit whole on the page in sight are hidden
 * (visibility, so nothing moves), and a cue under the body tells the room there is more.
 *
 * An item is the smallest list item, table row, heading or paragraph; a column's title and a table's
 * header stay on top of every page (sticky), so page 2 of the issues still says which column is which.
 */
const UNIT = 'li, tr, h2, p, .panggung-note';
/** Headers that stay on top of every page of their column or table (position: sticky in stage.css). */
const STICKY = 'thead, .panggung-column-title';
const OFFSTAGE = 'data-offstage';

const unitsOf = (body: HTMLElement): HTMLElement[] =>
  [...body.querySelectorAll<HTMLElement>(UNIT)].filter((el) => !el.closest('thead') && !el.querySelector(UNIT) && el.getClientRects().length > 0);

/** The part of the body the room sees: below the headers stuck at its top, if any. */
const visibleBand = (body: HTMLElement): { top: number; bottom: number } => {
  const box = body.getBoundingClientRect();
  const stuck = [...body.querySelectorAll<HTMLElement>(STICKY)].map((el) => el.getBoundingClientRect()).filter((r) => r.height > 0 && r.top <= box.top + 1 && r.bottom > box.top);
  return { top: Math.max(box.top, ...stuck.map((r) => r.bottom)), bottom: box.bottom };
};

/** The height the headers of these items' columns or tables will take once stuck at the top. */
const headerRoom = (units: readonly HTMLElement[]): number =>
  Math.max(
    0,
    ...units.map((unit) => {
      const header = unit.closest('section, table')?.querySelector<HTMLElement>(':scope > .panggung-column-title, :scope > thead');
      return header ? header.getBoundingClientRect().height : 0;
    }),
  );

export interface BodyPages {
  /** Something of this view is below the page in sight. */
  more: boolean;
  /** The view is turned past its first page. */
  turned: boolean;
  /** Turns to the rest of the view; false when this is its last page. */
  next(): boolean;
  /** Turns back a page; false when this is the view's first page. */
  previous(): boolean;
}

export const useBodyPages = (bodyRef: RefObject<HTMLElement | null>, spacerRef: RefObject<HTMLElement | null>, viewKey: string): BodyPages => {
  const [more, setMore] = useState(false);
  const [turned, setTurned] = useState(false);
  const starts = useRef<number[]>([]);

  const mark = useCallback(() => {
    const body = bodyRef.current;
    if (!body) return;
    const { top, bottom } = visibleBand(body);
    let below = false;
    for (const unit of unitsOf(body)) {
      const r = unit.getBoundingClientRect();
      // A stuck header is whole where it is; anything else must be wholly below the headers.
      const whole = (r.top >= top - 1 || unit.matches(STICKY)) && r.bottom <= bottom + 1;
      if (r.bottom > bottom + 1) below = true;
      // An item taller than the page is shown as it is, rather than a blank page.
      if (whole || r.height > bottom - top) unit.removeAttribute(OFFSTAGE);
      else unit.setAttribute(OFFSTAGE, '');
    }
    setMore(below);
    setTurned(body.scrollTop > 0);
  }, [bodyRef]);

  // A new view starts at its top, on its first page.
  useLayoutEffect(() => {
    starts.current = [];
    if (spacerRef.current) spacerRef.current.style.height = '0px';
    if (bodyRef.current) bodyRef.current.scrollTop = 0;
  }, [viewKey, bodyRef, spacerRef]);

  // After every render (a live edit) and whenever the body changes size or content.
  useLayoutEffect(mark);
  useEffect(() => {
    const body = bodyRef.current;
    if (!body) return;
    const resize = new ResizeObserver(() => mark());
    resize.observe(body);
    const mutations = new MutationObserver(() => mark());
    mutations.observe(body, { childList: true, subtree: true, characterData: true });
    body.addEventListener('scroll', mark, { passive: true });
    return () => {
      resize.disconnect();
      mutations.disconnect();
      body.removeEventListener('scroll', mark);
    };
  }, [bodyRef, mark]);

  const next = useCallback(() => {
    const body = bodyRef.current;
    if (!body) return false;
    const { bottom } = visibleBand(body);
    const box = body.getBoundingClientRect();
    const cutUnits = unitsOf(body).filter((u) => u.getBoundingClientRect().bottom > bottom + 1);
    if (cutUnits.length === 0) return false;
    const top = box.top + headerRoom(cutUnits);
    let delta = Math.min(...cutUnits.map((u) => u.getBoundingClientRect().top)) - top;
    // The first item left over is taller than a page: move on by most of a page.
    if (delta < 8) delta = Math.max(8, (bottom - top) * 0.85);
    const target = body.scrollTop + delta;
    // The last page may be short: room below it, so its first item still starts at the top.
    const spacer = spacerRef.current;
    const max = body.scrollHeight - body.clientHeight;
    if (spacer && target > max) spacer.style.height = `${(parseFloat(spacer.style.height) || 0) + target - max}px`;
    starts.current.push(body.scrollTop);
    body.scrollTop = target;
    mark();
    return true;
  }, [bodyRef, spacerRef, mark]);

  const previous = useCallback(() => {
    const body = bodyRef.current;
    if (!body || body.scrollTop <= 0) return false;
    body.scrollTop = starts.current.pop() ?? 0;
    mark();
    return true;
  }, [bodyRef, mark]);

  return { more, turned, next, previous };
};
