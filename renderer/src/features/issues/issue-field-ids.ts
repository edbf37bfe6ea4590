import type { RegionalIssue } from '../../../../shared/model';

/** Where focus goes after an issue is added or deleted: an issue's text, or a column's "new issue" field. */
export const issueTextId = (issueId: string) => `issue-text-${issueId}`;
export const addIssueTextId = (dimensionId: string, kind: RegionalIssue['kind']) => `issue-new-${kind}-${dimensionId}`;
