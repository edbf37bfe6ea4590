/**
 * A new id for a list item (matches IdSchema: letters, digits, - and _). Uses getRandomValues,
 * which, unlike randomUUID, also works for participants on the room's network over plain http.
 */
export const newId = (prefix: string): string => {
  const random = new Uint32Array(2);
  crypto.getRandomValues(random);
  return `${prefix}-${Date.now().toString(36)}-${Array.from(random, (n) => n.toString(36)).join('')}`;
};
