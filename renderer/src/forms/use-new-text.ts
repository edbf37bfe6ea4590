import { useState } from 'react';
import type { z } from 'zod';
import { firstMessage } from './first-message';
import type { CommitOutcome } from './use-committed-draft';

export type NewText = ReturnType<typeof useNewText>;

/** The box under a list where the next item is typed: its text, and why it was not added. */
export const useNewText = () => {
  const [text, setText] = useState('');
  const [message, setMessage] = useState<string | null>(null);

  /** Typing again clears the message. */
  const change = (value: string) => {
    setText(value);
    setMessage(null);
  };

  /** Checks the text with the schema, hands the value to `add`, and empties the box once it is added. */
  const submit = <T,>(schema: z.ZodType<T>, add: (value: T) => CommitOutcome): void => {
    const checked = schema.safeParse(text);
    if (!checked.success) {
      setMessage(firstMessage(checked) ?? null);
      return;
    }
    const outcome = add(checked.data);
    setMessage(outcome.ok ? null : outcome.message);
    if (outcome.ok) setText('');
  };

  return {
    text,
    message,
    change,
    submit,
    /** For checks that are not a schema (a keyword already chosen). */
    setMessage,
    clear: () => setText(''),
  };
};
