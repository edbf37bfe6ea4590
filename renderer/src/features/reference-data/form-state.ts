import { useState } from 'react';
import type { z } from 'zod';
import { firstMessage } from '../../forms/first-message';

type Schemas = Record<string, z.ZodType<string>>;
type Values<S extends Schemas> = { [K in keyof S]: string };
type Errors<S extends Schemas> = Partial<Record<keyof S | 'form', string>>;

/**
 * The fields of a small "add" dialog: each checked by its schema on submit (and again as it is
 * corrected), and a refusal from the reducer shown under the field it names.
 */
export const useAddForm = <S extends Schemas>(schemas: S, initial: Values<S>) => {
  const [values, setValues] = useState<Values<S>>(initial);
  const [errors, setErrors] = useState<Errors<S>>({});
  const [submitted, setSubmitted] = useState(false);

  const check = (next: Values<S>): Errors<S> => {
    const found: Errors<S> = {};
    for (const key of Object.keys(schemas) as (keyof S)[]) {
      const message = firstMessage(schemas[key]!.safeParse(next[key]));
      if (message) found[key] = message;
    }
    return found;
  };

  const change = (key: keyof S, text: string) => {
    const next = { ...values, [key]: text };
    setValues(next);
    if (submitted) setErrors(check(next));
    else setErrors((e) => ({ ...e, [key]: undefined, form: undefined }));
  };

  /** The parsed values, or null when a field is wrong (its message is then shown). */
  const parse = (): { [K in keyof S]: z.output<S[K]> } | null => {
    setSubmitted(true);
    const found = check(values);
    setErrors(found);
    if (Object.values(found).some(Boolean)) return null;
    const entries = (Object.keys(schemas) as (keyof S)[]).map((key) => [key, schemas[key]!.parse(values[key])] as const);
    return Object.fromEntries(entries) as { [K in keyof S]: z.output<S[K]> };
  };

  /** Puts the reducer's refusal under the field whose path ends with its name, else above the buttons. */
  const refuse = (message: string, path: string | undefined, fieldFor: (path: string) => keyof S | undefined) => {
    const key = path === undefined ? undefined : fieldFor(path);
    setErrors((e) => ({ ...e, [key ?? 'form']: message }));
  };

  return { values, errors, change, parse, refuse };
};
