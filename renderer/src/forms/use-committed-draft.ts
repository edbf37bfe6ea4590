import { useCallback, useEffect, useRef, useState } from 'react';

export type CommitOutcome = { ok: true } | { ok: false; message: string };

/** `incomplete`: text that may still become valid as the user types (a year of two digits); its message waits for blur. */
export type ReadResult<T> = { ok: true; value: T } | { ok: false; message: string; incomplete?: boolean };

interface Options<T> {
  /** The value the workshop holds now. */
  stored: T;
  /** How the stored value reads in the input. */
  toText(value: T): string;
  /** The typed text as a value, or a message saying why it is not acceptable. */
  read(text: string): ReadResult<T>;
  equals(a: T, b: T): boolean;
  commit(value: T): CommitOutcome;
  /** Commit while typing after this pause; without it, only on blur or Enter. */
  debounceMs?: number | undefined;
  /** Told when typed text starts or stops waiting for its pause. */
  onPendingChange?: ((pending: boolean) => void) | undefined;
}

/**
 * Holds what the user is typing apart from what the workshop holds. Valid text is committed
 * (after a pause or on leaving the field); invalid text stays in the field with its message and
 * is never sent. When the stored value changes elsewhere (undo, another device) and the user is
 * not editing, the field shows the new value.
 */
export const useCommittedDraft = <T,>({ stored, toText, read, equals, commit, debounceMs, onPendingChange }: Options<T>) => {
  const [draft, setDraft] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const latest = useRef({ draft, stored, read, equals, commit, onPendingChange });
  latest.current = { draft, stored, read, equals, commit, onPendingChange };

  const cancelTimer = () => {
    if (timer.current !== null) {
      clearTimeout(timer.current);
      latest.current.onPendingChange?.(false);
    }
    timer.current = null;
  };

  /** Commits the draft if it is valid and differs from what is stored; returns whether the field is clean. */
  const flush = useCallback((): boolean => {
    cancelTimer();
    const { draft: text, stored: current, read: parse, equals: same, commit: send } = latest.current;
    if (text === null) return true;
    const parsed = parse(text);
    if (!parsed.ok) {
      setMessage(parsed.message);
      return false;
    }
    if (same(parsed.value, current)) {
      setMessage(null);
      return true;
    }
    const outcome = send(parsed.value);
    setMessage(outcome.ok ? null : outcome.message);
    return outcome.ok;
  }, []);

  const change = (text: string) => {
    setDraft(text);
    cancelTimer();
    const parsed = read(text);
    setMessage(parsed.ok || parsed.incomplete ? null : parsed.message);
    if (parsed.ok && debounceMs !== undefined) {
      timer.current = setTimeout(flush, debounceMs);
      onPendingChange?.(true);
    }
  };

  const blur = () => {
    if (flush()) setDraft(null);
  };

  // The stored value changed (our own commit, an undo, a reload after a conflict). A draft that
  // only mirrored the previous stored value is stale now: show the new one instead.
  const previousStored = useRef(stored);
  useEffect(() => {
    const before = previousStored.current;
    previousStored.current = stored;
    const { draft: text, read: parse, equals: same } = latest.current;
    if (text === null || same(before, stored)) return;
    const parsed = parse(text);
    if (parsed.ok && same(parsed.value, before)) {
      cancelTimer();
      setDraft(null);
      setMessage(null);
    }
  }, [stored]);

  // Leaving the worksheet must not lose a pending edit.
  useEffect(
    () => () => {
      flush();
    },
    [flush],
  );

  return {
    text: draft ?? toText(stored),
    message,
    change,
    blur,
    flush,
    /** Shows a message from outside (e.g. a rule that involves another field). */
    setMessage,
  };
};
