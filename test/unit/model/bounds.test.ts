import { wordIssue } from '../../../shared/i18n/validation';
import { describe, expect, it } from 'vitest';
import { CommandSchema, appErrorFromZod } from '../../../shared/commands';
import { RICH_TEXT_LIMITS, RichDocSchema, WorkshopSchema, cleanLine, cleanMultiline, type RichNode } from '../../../shared/model';
import { demoWorkshop } from '../logic/workshop-fixtures';

const text = (value: string): RichNode => ({ type: 'text', text: value });
const nested = (levels: number): RichNode => {
  let node: RichNode = text('isi');
  for (let i = 1; i < levels; i++) node = { type: 'bulletList', content: [node] };
  return node;
};
const refusal = (input: unknown): string => {
  const result = RichDocSchema.safeParse(input);
  if (result.success) throw new Error('the document was accepted');
  return result.error.issues[0]?.message ?? '';
};

describe('rich text is bounded before it is parsed', () => {
  it('accepts a document exactly at the depth limit and refuses one level more, with a code worded in Indonesian', () => {
    expect(RichDocSchema.safeParse({ type: 'doc', content: [nested(RICH_TEXT_LIMITS.depth)] }).success).toBe(true);
    expect(refusal({ type: 'doc', content: [nested(RICH_TEXT_LIMITS.depth + 1)] })).toBe('invalid.richTooDeep');
    const parsed = RichDocSchema.safeParse({ type: 'doc', content: [nested(RICH_TEXT_LIMITS.depth + 1)] });
    const issue = parsed.success ? undefined : parsed.error.issues[0];
    if (!issue) throw new Error('expected a refusal');
    expect(wordIssue(issue, 'id')).toBe('Teks kaya terlalu dalam (lebih dari 64 tingkat)');
    expect(wordIssue(issue, 'en')).toBe('Rich text nested too deep (more than 64 levels)');
  });

  it('refuses a document 100,000 levels deep without overflowing the stack', () => {
    let node: unknown = { type: 'text', text: 'x' };
    for (let i = 0; i < 100_000; i++) node = { type: 'paragraph', content: [node] };
    expect(refusal({ type: 'doc', content: [node] })).toBe('invalid.richTooDeep');
  });

  it('names the top-level block the breach is in, so the HTTP error names the field', () => {
    const result = CommandSchema.safeParse({
      type: 'setVision',
      vision: { statement: { type: 'doc', content: [text('a'), nested(200)] }, explanation: { type: 'doc', content: [] }, keywords: [] },
    });
    expect(result.success).toBe(false);
    if (!result.success) expect(appErrorFromZod(result.error, 'command').field).toBe('command.vision.statement.content.1');
  });

  it('refuses too many nodes, too long a text node, too much text and too many marks', () => {
    const many = Array.from({ length: RICH_TEXT_LIMITS.nodes }, () => ({ type: 'paragraph' }));
    expect(refusal({ type: 'doc', content: [...many, { type: 'paragraph' }] })).toBe('invalid.richTooBig');
    expect(refusal({ type: 'doc', content: [text('a'.repeat(RICH_TEXT_LIMITS.textPerNode + 1))] })).toBe('invalid.richNodeTooLong');
    const chunk = 'b'.repeat(RICH_TEXT_LIMITS.textPerNode);
    expect(refusal({ type: 'doc', content: Array.from({ length: 6 }, () => text(chunk)) })).toBe('invalid.richTooLong');
    const marks = Array.from({ length: RICH_TEXT_LIMITS.marksPerNode + 1 }, () => ({ type: 'bold' }));
    expect(refusal({ type: 'doc', content: [{ type: 'text', text: 'x', marks }] })).toBe('invalid.tooManyMarks');
  });

  it('keeps the attrs the editor writes and drops unknown, ill-typed or deep ones', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 10_000; i++) deep = { deep };
    const parsed = RichDocSchema.parse({
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 2, evil: deep }, content: [text('Latar belakang')] },
        { type: 'orderedList', attrs: { start: 3, type: null }, content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [text('satu')] }] }] },
        {
          type: 'paragraph',
          content: [
            {
              type: 'text',
              text: 'tautan',
              marks: [
                { type: 'link', attrs: { href: 'https://www.komdigi.go.id/', target: null, rel: 'noopener noreferrer nofollow', class: null, title: null, x: deep } },
                { type: 'bold', attrs: deep },
              ],
            },
          ],
        },
        { type: 'heading', attrs: { level: 'x' } },
        { type: 'misteri', attrs: deep, content: [text('tetap terbaca')] },
      ],
    });
    expect(parsed.content).toEqual([
      { type: 'heading', attrs: { level: 2 }, content: [text('Latar belakang')] },
      { type: 'orderedList', attrs: { start: 3, type: null }, content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [text('satu')] }] }] },
      {
        type: 'paragraph',
        content: [
          {
            type: 'text',
            text: 'tautan',
            marks: [{ type: 'link', attrs: { href: 'https://www.komdigi.go.id/', target: null, rel: 'noopener noreferrer nofollow', class: null, title: null } }, { type: 'bold' }],
          },
        ],
      },
      { type: 'heading' },
      { type: 'misteri', content: [text('tetap terbaca')] },
    ]);
  });

  it('the demo workshop still validates and keeps its rich text unchanged', () => {
    const demo = demoWorkshop();
    expect(WorkshopSchema.parse(JSON.parse(JSON.stringify(demo)))).toEqual(demo);
  });
});

describe('names and titles lose invisible control and bidi characters', () => {
  it('cleanLine strips NUL, ESC, C1, DEL and bidi overrides, turns line breaks into spaces and trims', () => {
    expect(cleanLine('\u0000Dinas\u001B Kominfo\u007F\u0085\n\tKab.\u202E ')).toBe('Dinas Kominfo  Kab.');
    expect(cleanLine('\u2066Bappeda\u2069\u200E')).toBe('Bappeda');
    expect(cleanLine('Kota 🙂 مدينة')).toBe('Kota 🙂 مدينة');
  });

  it('multi-line text keeps its line breaks and tabs but loses NUL and ESC', () => {
    expect(cleanMultiline('Baris satu\u0000\n\tBaris\u001B dua')).toBe('Baris satu\n\tBaris dua');
  });

  it('a workshop title, participant name and OPD name are stored clean; one made only of controls is refused', () => {
    expect(CommandSchema.parse({ type: 'renameWorkshop', title: ' Bimtek\u0000 Kota\u202E Contoh ' })).toEqual({ type: 'renameWorkshop', title: 'Bimtek Kota Contoh' });
    const participant = CommandSchema.parse({ type: 'upsertParticipant', item: { id: 'p1', name: 'Sari\u202Ednaw' } });
    expect(participant.type === 'upsertParticipant' && participant.item.name).toBe('Saridnaw');
    const result = CommandSchema.safeParse({ type: 'upsertOpd', item: { id: 'o1', abbreviation: '\u0001\u202E', name: 'Dinas' } });
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error.issues[0]?.message).toBe('invalid.required');
  });
});
