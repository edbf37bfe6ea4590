import { createHash, randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { OpenedWorkshop } from '../../shared/contract';

/**
 * Changes on every start: an answer's shape may change with the app, so a copy the client kept
 * from before a restart is never taken as current.
 */
const BOOT = randomBytes(6).toString('hex');

/**
 * The entity tag of an opened workshop: the workshop, its revision and everything else the answer
 * carries besides the workshop (read-only, undo/redo, notices), and whose view it is (the
 * facilitator's, or one OPD's participant view). Every edit raises the revision, so the same tag
 * means the same answer, without serialising the workshop to find out.
 */
export const openedWorkshopTag = (opened: OpenedWorkshop, viewer: string): string => {
  const { workshop } = opened;
  const digest = createHash('sha256')
    .update(JSON.stringify([BOOT, viewer, workshop.id, workshop.revision, opened.readOnly, opened.canUndo, opened.canRedo, opened.notices]))
    .digest('base64url')
    .slice(0, 22);
  return `"${workshop.id}.${workshop.revision}.${digest}"`;
};

/** The entity tag of a serialised answer whose content is all there is to go by (a participant's view). */
export const contentTag = (payload: string): string => `"${createHash('sha256').update(BOOT).update(payload).digest('base64url').slice(0, 27)}"`;

/** Whether `If-None-Match` names `tag` (weak comparison, RFC 9110 §13.1.2; `*` matches any current answer). */
export const matchesIfNoneMatch = (req: IncomingMessage, tag: string): boolean => {
  const header = req.headers['if-none-match'];
  if (header === undefined) return false;
  const bare = (value: string): string => value.trim().replace(/^W\//, '');
  return header.split(',').some((candidate) => candidate.trim() === '*' || bare(candidate) === bare(tag));
};

/** 304 Not Modified: no body, the tag and caching headers only. */
export const sendNotModified = (res: ServerResponse, headers: Record<string, string>): void => {
  res.statusCode = 304;
  for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
  res.end();
};
