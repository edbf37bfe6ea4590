import { AppError, appErrorFromZod } from '../../shared/commands';
import { CONTRACT, dispatch, type Handlers, type MethodName, type MethodParsedInput } from '../../shared/contract';
import type { Participant, ShareService } from '../services/share';

/** The only methods a participant token reaches; everything else is the facilitator's. */
export const PARTICIPANT_METHODS: ReadonlySet<MethodName> = new Set<MethodName>(['reference.get', 'share.me', 'workshop.open', 'workshop.apply']);

const parse = <M extends MethodName>(method: M, raw: unknown): MethodParsedInput<M> => {
  const parsed = CONTRACT[method].input.safeParse(raw ?? {});
  if (!parsed.success) throw appErrorFromZod(parsed.error);
  return parsed.data as MethodParsedInput<M>;
};

/**
 * A participant's call: the allow-list, the shared workshop only, and in it only their OPD's
 * sections and programs. Refused calls change nothing.
 */
export const callAsParticipant = async (handlers: Handlers, share: ShareService, participant: Participant, method: MethodName, raw: unknown): Promise<unknown> => {
  if (!PARTICIPANT_METHODS.has(method)) throw new AppError('forbidden', { reason: 'api.facilitatorOnly' });
  switch (method) {
    case 'share.me':
      return share.me(participant);
    case 'workshop.open':
      return share.openForParticipant(participant, parse('workshop.open', raw).workshopId);
    case 'workshop.apply':
      return share.applyForParticipant(participant, parse('workshop.apply', raw));
    default:
      return dispatch(handlers, method, raw);
  }
};
