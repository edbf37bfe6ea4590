import type { PollItem, PollItemSource, Workshop } from '../../../../shared/model';

const LABEL_MAX = 300;
const short = (text: string): string => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= LABEL_MAX ? flat : `${flat.slice(0, LABEL_MAX - 1).trimEnd()}…`;
};

export const POLL_SOURCES: readonly PollItemSource[] = ['issue', 'quickWinCandidate', 'program', 'towsStrategy'];

/** The workshop's items of one kind a poll can offer, with the words that name them (kept on the poll item). */
export const sourceItems = (w: Workshop, source: PollItemSource): { id: string; label: string }[] => {
  switch (source) {
    case 'issue':
      return w.issues.map((i) => ({ id: i.id, label: short(i.text) }));
    case 'quickWinCandidate':
      return w.quickWins.candidates.map((c) => {
        const program = w.programs.find((p) => p.id === c.programId);
        return { id: c.id, label: short(program ? program.name : c.id) };
      });
    case 'program':
      return w.programs.map((p) => ({ id: p.id, label: short(`${p.code} ${p.name}`) }));
    case 'towsStrategy':
      return w.towsStrategies.map((s) => ({ id: s.id, label: short(`${s.kind}: ${s.text}`) }));
  }
};

export const isPicked = (items: readonly PollItem[], source: PollItemSource, id: string): boolean => items.some((i) => i.ref?.source === source && i.ref.id === id);
