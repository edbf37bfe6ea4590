import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanText } from '../../../shared/document';
import { runText, xmlText } from '../../../electron/services/export/inline';

/*
 * cleanText and runText skip their replacements when a quick scan finds nothing to replace. Held here to the plain
 * replacements they stand for, on arbitrary text with the characters that matter: controls, CR/LF, lone and paired
 * surrogates, U+FFFE, every kind of white space, U+200B, long "words", "Rp 1".
 */

// eslint-disable-next-line no-control-regex
const XML_ILLEGAL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const plainClean = (text: string): string => text.replace(XML_ILLEGAL, '').replace(/\r\n?/g, '\n');
const plainRunText = (text: string): string => {
  const out = plainClean(text).replace(/\n/g, ' ').replace(/\bRp (?=\d)/g, 'Rp\u00A0');
  return out.replace(/[^\s\u200B]{40,}/gu, (word) => {
    const chars = Array.from(word);
    const pieces: string[] = [];
    for (let i = 0; i < chars.length; i += 30) pieces.push(chars.slice(i, i + 30).join(''));
    return pieces.join('\u200B');
  });
};

const PIECES = ['a', 'Rp ', '1', ' ', '\t', '\n', '\r', '\r\n', '\u0001', '\u000B', '\u00A0', '\u2003', '\u200B', '\u3000', '\uFEFF', '\uFFFE', '\uD83D', '\uDE00', '😀', 'é', '-', 'x'.repeat(39), 'y'.repeat(45)];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((parts) => parts.join(''));

describe('run text', () => {
  it('is what the plain replacements give, for any text', () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(cleanText(t)).toBe(plainClean(t));
        expect(xmlText(t)).toBe(plainClean(t).replace(/\n/g, ' '));
        expect(runText(t)).toBe(plainRunText(t));
      }),
      { numRuns: 2000 },
    );
  });
});
