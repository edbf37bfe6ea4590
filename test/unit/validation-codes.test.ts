import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { CommandSchema, appErrorFromZod } from '../../shared/commands';
import { ERRORS_EN, ERRORS_ID, placeholdersOf, wordError } from '../../shared/i18n/errors';
import { issueCode, issueParams, isValidationCode } from '../../shared/i18n/validation';
import { WorkshopSchema } from '../../shared/model';
import { CONTRACT, ExportDocxInputSchema } from '../../shared/contract';
import { validateWorkshopDocument } from '../../shared/model/migrations';
import { wordCodedError } from '../../renderer/src/i18n/error-wording';
import { demoWorkshop } from './logic/workshop-fixtures';

/*
 * Every message a schema gives is a code with params, worded in Indonesian and English by the error
 * catalogue; no sentence written in a schema (or zod's own English) reaches a user. The walk breaks
 * every field of every item and part of the demo workshop with a set of bad values, plus commands.
 */

const BAD_VALUES: unknown[] = [
  undefined,
  null,
  -1,
  1.5,
  1e13,
  Number.MAX_SAFE_INTEGER * 4,
  '',
  'bukan ID!',
  'x'.repeat(25_000),
  true,
  {},
  [],
  Array.from({ length: 6000 }, () => 'a'),
  [{ bukan: 'butir' }],
];

type Json = Record<string, unknown>;
const isRecord = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/** One part of `doc` (a top-level key) with one field of one item or of the part replaced by a bad value. */
function* brokenParts(doc: Json): Generator<[string, unknown]> {
  for (const [key, value] of Object.entries(doc)) {
    for (const bad of BAD_VALUES) yield [key, bad];
    const targets: { item: Json; put: (item: Json) => unknown }[] = [];
    if (Array.isArray(value) && isRecord(value[0])) targets.push({ item: value[0], put: (item) => [item, ...value.slice(1)] });
    if (isRecord(value)) {
      targets.push({ item: value, put: (item) => item });
      // One level further in: the dimension set's dimensions, quick wins' candidates, commitment entries …
      for (const [inner, list] of Object.entries(value)) {
        if (Array.isArray(list) && isRecord(list[0])) {
          const first = list[0];
          targets.push({ item: first, put: (item) => ({ ...value, [inner]: [item, ...list.slice(1)] }) });
        }
      }
    }
    for (const { item, put } of targets) {
      for (const field of Object.keys(item)) {
        for (const bad of BAD_VALUES) yield [key, put({ ...item, [field]: bad })];
      }
    }
  }
}

/** The issues of a parse, one per message and field (a list of 6000 bad entries gives one, not 6000). */
const issuesOf = (schema: z.ZodType, input: unknown): z.core.$ZodIssue[] => {
  const parsed = schema.safeParse(input);
  if (parsed.success) return [];
  const kept = new Map<string, z.core.$ZodIssue>();
  for (const issue of parsed.error.issues) {
    const key = `${issue.message}@${issue.path.filter((p) => typeof p !== 'number').join('.')}`;
    if (!kept.has(key)) kept.set(key, issue);
  }
  return [...kept.values()];
};

/** The issue's words in each language, with every placeholder filled. */
const expectWorded = (issue: z.core.$ZodIssue): void => {
  const reason = issueCode(issue);
  const params = issueParams(issue);
  for (const placeholder of placeholdersOf(ERRORS_ID[reason])) expect(params, `${reason} needs {${placeholder}}`).toHaveProperty(placeholder);
  const id = wordError(reason, params, 'id');
  const en = wordError(reason, params, 'en');
  expect(id).not.toMatch(/[{}]/);
  expect(en).not.toMatch(/[{}]/);
  expect(id).toBe(wordError(reason, params, 'id'));
  expect(en.length).toBeGreaterThan(0);
};

describe('every schema message is a code worded in both languages', () => {
  it('walks the demo workshop broken field by field, and every issue carries a known code', () => {
    const doc = JSON.parse(JSON.stringify(demoWorkshop())) as Json;
    const seen = new Map<string, number>();
    let walked = 0;
    const shape = WorkshopSchema.shape as Record<string, z.ZodType>;
    for (const [key, broken] of brokenParts(doc)) {
      walked += 1;
      // Each part through its own schema in the workshop's (the same schemas a whole workshop is read with).
      const schema = shape[key];
      if (!schema) throw new Error(`no schema for ${key}`);
      for (const issue of issuesOf(schema, broken)) {
        expect(isValidationCode(issue.message), `${key}.${issue.path.join('.')}: ${issue.message}`).toBe(true);
        expect(ERRORS_ID).toHaveProperty(issue.message);
        expect(ERRORS_EN).toHaveProperty(issue.message);
        expectWorded(issue);
        seen.set(issue.message, (seen.get(issue.message) ?? 0) + 1);
      }
    }
    expect(walked).toBeGreaterThan(2000);
    // The walk reaches the schemas' own codes and zod's defaults alike.
    for (const reason of ['invalid.required', 'invalid.type', 'invalid.textTooLong', 'invalid.listTooLong', 'invalid.notInteger', 'invalid.negative', 'invalid.tooBig', 'invalid.id', 'invalid.option']) {
      expect(seen.has(reason), reason).toBe(true);
    }
    // Thousands of parses: about 1.5 s on a quiet machine; on a shared 2-core CI runner well past vitest's 5 s default.
  }, 30_000);

  it('commands too: an empty batch, a bad region patch, an oversized issue, a deep rich text', () => {
    const inputs: unknown[] = [
      { type: 'batch', commands: [] },
      { type: 'setRegionProfile', patch: { population: -5, logo: 'http://contoh/logo.png', rpjmdPeriod: { startYear: 2030, endYear: 2025 } } },
      { type: 'upsertIssue', item: { id: 'isu-1', dimensionId: 'sg', kind: 'permasalahan', text: 'x'.repeat(2001) } },
      { type: 'upsertProgram', item: { id: 'p', code: 'sg sv', dimensionId: 'd', elementId: 'e', name: '' } },
      { type: 'upsertSection', item: { id: 's', outlineKey: 'k', title: 'Bab', ownerOpdId: null, status: 'draft', content: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'x'.repeat(300_000) }] }] } } },
      ...[{ kind: 'ranking', order: [] }, { kind: 'scale', scores: [{ itemId: 'a', score: 7 }] }, { kind: 'words', words: [] }, { kind: 'text', text: '   ' }].map((answer) => ({
        type: 'castBallot',
        pollId: 'poll-1',
        ballot: { voterId: 'v-1', voterName: 'Ani', opdId: null, paper: false, answer },
      })),
      { type: 'teleport' },
      'bukan perintah',
    ];
    const codes = new Set<string>();
    for (const input of inputs) {
      const issues = issuesOf(CommandSchema, input);
      expect(issues.length, JSON.stringify(input).slice(0, 80)).toBeGreaterThan(0);
      for (const issue of issues) {
        expect(isValidationCode(issue.message), `${issue.path.join('.')}: ${issue.message}`).toBe(true);
        expectWorded(issue);
        codes.add(issue.message);
      }
    }
    expect([...codes]).toEqual(expect.arrayContaining(['invalid.listTooShort', 'invalid.negative', 'invalid.logoFormat', 'invalid.periodOrder', 'invalid.textTooLong', 'invalid.programCode', 'invalid.richNodeTooLong', 'invalid.tooBig', 'invalid.required']));
  });

  it('the refusal the user sees is worded in the UI language, with the field’s label and no schema sentence', () => {
    const parsed = CommandSchema.safeParse({ type: 'upsertIssue', item: { id: 'isu-1', dimensionId: 'sg', kind: 'permasalahan', text: 'x'.repeat(2001) } });
    if (parsed.success) throw new Error('expected a refusal');
    const error = appErrorFromZod(parsed.error);
    expect(error.toJSON()).toMatchObject({ code: 'invalid_input', reason: 'invalid.textTooLong', params: { max: 2000 }, field: 'item.text' });
    expect(wordCodedError(error, 'id')).toBe('Uraian: Paling banyak 2.000 karakter');
    expect(wordCodedError(error, 'en')).toBe('Description: At most 2,000 characters');
  });

  it('the API contract too: a diagram, a package, a join code and an author name refuse with codes and labels', () => {
    const refuse = (schema: z.ZodType, input: unknown) => {
      const parsed = schema.safeParse(input);
      if (parsed.success) throw new Error(`expected a refusal of ${JSON.stringify(input).slice(0, 60)}`);
      for (const issue of parsed.error.issues) expect(isValidationCode(issue.message), `${issue.path.join('.')}: ${issue.message}`).toBe(true);
      const error = appErrorFromZod(parsed.error);
      return [wordCodedError(error, 'id'), wordCodedError(error, 'en')];
    };
    const diagram = { id: 'mindmap', pngBase64: '', widthPx: 100, heightPx: 100 };
    expect(refuse(ExportDocxInputSchema, { workshopId: 'w', diagrams: [diagram] })).toEqual(['Gambar diagram: Tidak berisi gambar', 'Diagram picture: Contains no picture']);
    expect(refuse(ExportDocxInputSchema, { workshopId: 'w', diagrams: [{ ...diagram, pngBase64: 'A'.repeat(12 * 1024 * 1024) }] })).toEqual(['Gambar diagram: Terlalu besar (paling besar 8 MB per gambar)', 'Diagram picture: Too large (8 MB at most per picture)']);
    expect(refuse(CONTRACT['handoff.preview'].input, { workshopId: 'w', package: '' })).toEqual(['Berkas paket: Kosong atau terpotong; minta berkas paket yang utuh', 'Package file: Empty or cut short; ask for the whole package file']);
    expect(refuse(CONTRACT['share.lookup'].input, { code: 'x'.repeat(21) })[0]).toBe('Kode bergabung: Tidak dikenal; periksa kode di layar fasilitator');
    expect(refuse(CONTRACT['handoff.exportReturn'].input, { workshopId: 'w', authorName: '  ' })).toEqual(['Nama penyusun: Wajib diisi', "Author's name: Required"]);
  });

  it('a damaged file still explains itself in Indonesian words, not a code', () => {
    const doc = JSON.parse(JSON.stringify(demoWorkshop())) as Json;
    expect(() => validateWorkshopDocument({ ...doc, title: '' })).toThrow(/title.*Wajib diisi|Wajib diisi.*title/);
  });
});
