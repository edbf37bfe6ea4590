import { AppError, appErrorFromZod } from '../commands';
import { CONTRACT, isMethodName, type Handlers, type MethodName } from './methods';

/**
 * Validates a call against the contract and runs its handler. Shared by both transports,
 * so IPC and HTTP accept and reject exactly the same inputs.
 */
export const dispatch = async (handlers: Handlers, method: string, rawInput: unknown): Promise<unknown> => {
  if (!isMethodName(method)) throw new AppError('not_found', { reason: 'api.unknownMethod', params: { method: method.slice(0, 100) } });
  const parsed = CONTRACT[method].input.safeParse(rawInput ?? {});
  if (!parsed.success) throw appErrorFromZod(parsed.error);
  const handler = handlers[method] as (input: unknown) => Promise<unknown>;
  return handler(parsed.data);
};

export type { MethodName };
