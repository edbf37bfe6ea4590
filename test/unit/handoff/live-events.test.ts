import { describe, expect, it } from 'vitest';
import { parseEventText } from '../../../renderer/src/features/share/live-updates';

describe('reading the live-update stream in the browser', () => {
  it('yields each complete event and keeps an unfinished one for the next chunk', () => {
    const first = parseEventText('retry: 3000\n\nevent: ready\ndata: {"workshopId":"w"}\n\nid: 12\nevent: applied\ndata: {"revision":12,"comm');
    expect(first.events).toEqual([{ event: 'ready', data: { workshopId: 'w' } }]);
    const second = parseEventText(`${first.rest}and":null}\n\n: tetap-terhubung\n\nevent: ended\ndata: {"reason":"ended"}\n\n`);
    expect(second.events).toEqual([
      { event: 'applied', id: 12, data: { revision: 12, command: null } },
      { event: 'ended', data: { reason: 'ended' } },
    ]);
    expect(second.rest).toBe('');
  });

  it('skips a damaged event instead of stopping', () => {
    expect(parseEventText('event: applied\ndata: {rusak\n\nevent: reload\ndata: {"revision":3}\n\n').events).toEqual([{ event: 'reload', data: { revision: 3 } }]);
  });
});
