/** How many toasts the facilitator's screen shows at once: more piled up over the worksheet after a few quick actions. */
export const MAX_VISIBLE_TOASTS = 2;

/**
 * The toasts to keep when `added` arrives (oldest first, as shown bottom to top): at most
 * `MAX_VISIBLE_TOASTS`, the oldest leaving first, except one the facilitator is holding (the pointer
 * on it, or focus in it: they are about to press its "Urungkan"), which stays until let go. The
 * undo itself is never lost with a toast: Ctrl+Z and the history still reach every change.
 */
export const keepVisible = <T extends { id: number }>(shown: readonly T[], added: T, held: ReadonlySet<number>, max = MAX_VISIBLE_TOASTS): T[] => {
  const next = [...shown, added];
  while (next.length > max) {
    const leaving = next.findIndex((toast) => toast !== added && !held.has(toast.id));
    if (leaving === -1) break;
    next.splice(leaving, 1);
  }
  return next;
};
