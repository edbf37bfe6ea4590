import { describe, expect, it } from 'vitest';
import { formatMessage } from '../../../renderer/src/i18n/message-format';
import { interpolate } from '../../../renderer/src/i18n/i18n-context';

const ISSUES = '{count, plural, one {# issue} other {# issues}}';

describe('the UI message format', () => {
  it('fills {name} placeholders and leaves a missing one visible', () => {
    expect(formatMessage('{opd} ({count} rows)', { opd: 'Bapenda', count: 3 }, 'en')).toBe('Bapenda (3 rows)');
    expect(formatMessage('{opd} ({count} rows)', { opd: 'Bapenda' }, 'en')).toBe('Bapenda ({count} rows)');
    expect(formatMessage('No values: {opd}', undefined, 'en')).toBe('No values: {opd}');
  });

  it('picks the English singular for 1 and the plural for 0, 2, 1.5 and large numbers', () => {
    expect(formatMessage(ISSUES, { count: 1 }, 'en')).toBe('1 issue');
    expect(formatMessage(ISSUES, { count: 0 }, 'en')).toBe('0 issues');
    expect(formatMessage(ISSUES, { count: 2 }, 'en')).toBe('2 issues');
    expect(formatMessage(ISSUES, { count: 1.5 }, 'en')).toBe('1.5 issues');
    expect(formatMessage(ISSUES, { count: 1200 }, 'en')).toBe('1200 issues');
  });

  it('reads a number given as text, and shows "#" as it was given', () => {
    expect(formatMessage(ISSUES, { count: '1' }, 'en')).toBe('1 issue');
    expect(formatMessage(ISSUES, { count: '12' }, 'en')).toBe('12 issues');
    expect(formatMessage(ISSUES, { count: 'banyak' }, 'en')).toBe('banyak issues');
  });

  it('takes an exact "=n" before the category, and falls back to "other"', () => {
    const votes = '{count, plural, =0 {no votes yet} one {# vote} other {# votes}}';
    expect(formatMessage(votes, { count: 0 }, 'en')).toBe('no votes yet');
    expect(formatMessage(votes, { count: 1 }, 'en')).toBe('1 vote');
    expect(formatMessage('{count, plural, other {# titik}}', { count: 1 }, 'en')).toBe('1 titik');
  });

  it('fills placeholders inside the chosen text and around the choice', () => {
    const template = 'The {count, plural, one {program} other {# programs}} of {opd}: {count, plural, one {it stays} other {they stay}}.';
    expect(formatMessage(template, { count: 1, opd: 'Diskominfo' }, 'en')).toBe('The program of Diskominfo: it stays.');
    expect(formatMessage(template, { count: 4, opd: 'Diskominfo' }, 'en')).toBe('The 4 programs of Diskominfo: they stay.');
    expect(formatMessage('{count, plural, one {# row from {opd}} other {# rows from {opd}}}', { count: 1, opd: 'Bapenda' }, 'en')).toBe('1 row from Bapenda');
  });

  it('uses the plural rules of the language: Indonesian has only "other"', () => {
    expect(formatMessage('{count, plural, one {# isu (satu)} other {# isu}}', { count: 1 }, 'id')).toBe('1 isu');
  });

  it('shows a choice whose number is missing, or text that is not the format, as written', () => {
    expect(formatMessage(ISSUES, { total: 1 }, 'en')).toBe(ISSUES);
    expect(formatMessage('Use { and } freely, {count}', { count: 2 }, 'en')).toBe('Use { and } freely, 2');
    expect(formatMessage('Open {brace', { brace: 1 }, 'en')).toBe('Open {brace');
    expect(formatMessage('{count, plural, one {# x} oops}', { count: 1 }, 'en')).toBe('{count, plural, one {# x} oops}');
  });

  it('is what t() uses: English plural rules unless the language is given', () => {
    expect(interpolate(ISSUES, { count: 1 })).toBe('1 issue');
    expect(interpolate('{count, plural, one {# isu (satu)} other {# isu}}', { count: 1 }, 'id')).toBe('1 isu');
  });
});
