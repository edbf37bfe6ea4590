const ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';

/**
 * A fresh id for an item the renderer creates (a readiness item, a gap analysis …), e.g. "kesiapan-k3f9x0a2mq".
 * Uses `crypto.getRandomValues`, which browsers also offer on plain http (a participant on the room's LAN),
 * unlike `crypto.randomUUID`.
 */
export const newItemId = (prefix: string, length = 10): string => {
  const bytes = crypto.getRandomValues(new Uint8Array(length * 2));
  let id = '';
  for (const byte of bytes) {
    // 252 = 7 × 36: dropping larger bytes keeps every character equally likely.
    if (byte < 252) id += ALPHABET[byte % ALPHABET.length];
    if (id.length === length) break;
  }
  // Too many dropped bytes is vanishingly rare; top up rather than return a short id.
  return id.length === length ? `${prefix}-${id}` : newItemId(prefix, length);
};
