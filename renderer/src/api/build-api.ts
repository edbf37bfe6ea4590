import { CONTRACT, METHOD_NAMES, type Api, type MethodName } from '../../../shared/contract';
import { ApiError } from './api-error';

/** Carries one call to the core and returns its raw output (or throws ApiError). */
export type Transport = (method: MethodName, input: unknown) => Promise<unknown>;

/**
 * Builds the whole `Api` from the contract's method names, so no method is written by hand.
 * Outputs are checked against the contract too: a client never trusts a shape it did not verify.
 */
export const buildApi = (transport: Transport): Api => {
  const call = async (method: MethodName, input: unknown): Promise<unknown> => {
    const raw = await transport(method, input ?? {});
    const parsed = CONTRACT[method].output.safeParse(raw);
    if (!parsed.success) throw new ApiError('internal', `Jawaban tidak sesuai kontrak untuk ${method}`, undefined, 'client.contractMismatch', { method });
    return parsed.data;
  };
  return Object.fromEntries(METHOD_NAMES.map((method) => [method, (input: unknown) => call(method, input)])) as Api;
};
