import type { Api, MethodName } from '../../../shared/contract';
import { CONTRACT_METHOD_NAMES } from '../../../shared/contract/method-names';
import { ApiError } from './api-error';

/** Carries one call to the core and returns its raw output (or throws ApiError). */
export type Transport = (method: MethodName, input: unknown) => Promise<unknown>;

export interface BuildApiOptions {
  /**
   * Methods whose answer is handed out as soon as it arrives and checked against the contract once
   * the page has painted; `contractCheckOf(answer)` tells how that check went. The facilitator's
   * `workshop.open` (1.6 MB with 800 programs, checked by the server as it was read) is one: its
   * check took 30–60 ms of main thread before the first matrix row could be drawn.
   */
  checkLater?: ReadonlySet<MethodName>;
}

/**
 * The contract (its zod schemas), loaded when the first answer is checked rather than with the app:
 * building every method's schemas is main-thread time the first screen does not need, since the
 * facilitator's workshop is checked only after it has painted (checkLater).
 */
let contract: Promise<typeof import('../../../shared/contract/methods')> | null = null;
const loadContract = () => (contract ??= import('../../../shared/contract/methods'));
/** Whether `raw` has the shape the contract gives `method`'s answer, and the answer as the contract reads it. */
const checkAnswer = async (method: MethodName, raw: unknown) => (await loadContract()).CONTRACT[method].output.safeParse(raw);

const mismatch = (method: MethodName): ApiError => new ApiError('internal', `Jawaban tidak sesuai kontrak untuk ${method}`, undefined, 'client.contractMismatch', { method });

/** An answer handed out before its check: the check, started by the first `contractCheckOf` (or at the latest after `CHECK_AT_THE_LATEST_MS`). */
interface LaterCheck {
  run(): Promise<void>;
}
const laterChecks = new WeakMap<object, LaterCheck>();

/** An answer nobody asked `contractCheckOf` about is checked anyway after this long. */
const CHECK_AT_THE_LATEST_MS = 2_000;

/**
 * Resolves once the next frame has been painted, the tasks it queued have run and the page is idle
 * (at the latest 500 ms after that); soon, outside a page.
 */
const afterPaint = (): Promise<void> =>
  new Promise((resolve) => {
    if (typeof requestAnimationFrame !== 'function' || typeof requestIdleCallback !== 'function') setTimeout(resolve);
    else requestAnimationFrame(() => setTimeout(() => requestIdleCallback(() => resolve(), { timeout: 500 })));
  });

/**
 * How the contract check of an answer went: resolves once it passed (at once for an answer checked
 * before it was handed out), rejects with the `client.contractMismatch` ApiError when it failed.
 * For an answer handed out unchecked, the check runs once the next frame is painted and the page is
 * idle: ask when what the answer feeds has been rendered.
 */
export const contractCheckOf = (answer: unknown): Promise<void> => (typeof answer === 'object' && answer !== null ? laterChecks.get(answer)?.run() : undefined) ?? Promise.resolve();

const laterCheck = (method: MethodName, raw: object): LaterCheck => {
  let running: Promise<void> | null = null;
  const run = () =>
    (running ??= afterPaint().then(async () => {
      if (!(await checkAnswer(method, raw)).success) throw mismatch(method);
    }));
  // Nobody may ask: then it is checked anyway, its failure kept for whoever asks later.
  setTimeout(() => run().catch(() => undefined), CHECK_AT_THE_LATEST_MS);
  return { run };
};

/**
 * Builds the whole `Api` from the contract's method names, so no method is written by hand.
 * Outputs are checked against the contract too: a client never trusts a shape it did not verify
 * (those of `options.checkLater` right after the first paint, see there).
 */
export const buildApi = (transport: Transport, options: BuildApiOptions = {}): Api => {
  const call = async (method: MethodName, input: unknown): Promise<unknown> => {
    const raw = await transport(method, input ?? {});
    if (options.checkLater?.has(method) && typeof raw === 'object' && raw !== null) {
      // A 304 hands out the same answer again: its check is not repeated.
      if (!laterChecks.has(raw)) laterChecks.set(raw, laterCheck(method, raw));
      return raw;
    }
    const parsed = await checkAnswer(method, raw);
    if (!parsed.success) throw mismatch(method);
    return parsed.data;
  };
  return Object.fromEntries(CONTRACT_METHOD_NAMES.map((method) => [method, (input: unknown) => call(method, input)])) as Api;
};
