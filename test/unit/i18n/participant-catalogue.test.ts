import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogueId } from '../../../renderer/src/i18n/catalogue';
import { catalogueEn } from '../../../renderer/src/i18n/catalogue-en';
import { lookup } from '../../../renderer/src/i18n/i18n-context';
import { PARTICIPANT_CATALOGUES } from '../../../renderer/src/participant/i18n/participant-catalogue';
import { BORROWED_MESSAGES_PATH, borrowedMessagesSource } from '../../../scripts/participant-catalogue';

const RENDERER = resolve(import.meta.dirname, '../../../renderer/src');
const ENTRY = resolve(RENDERER, 'participant/main.tsx');

const resolveImport = (from: string, spec: string): string | undefined => {
  const base = resolve(dirname(from), spec);
  return [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`, `${base}/index.tsx`].find((c) => existsSync(c) && statSync(c).isFile());
};

/** Every renderer source file the phone app loads, statically or lazily, starting from its entry. */
const filesThePhoneLoads = (): string[] => {
  const seen = new Set<string>();
  const queue = [ENTRY];
  for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
    if (seen.has(file)) continue;
    seen.add(file);
    // Type-only imports ship nothing, so they are not followed.
    const code = readFileSync(file, 'utf8').replace(/(?:import|export)\s+type\s[^;]*;/g, '');
    for (const match of code.matchAll(/(?:from|import)\s*\(?\s*['"](\.[^'"]+)['"]/g)) {
      const target = resolveImport(file, match[1] ?? '');
      if (target?.startsWith(RENDERER) && /\.tsx?$/.test(target)) queue.push(target);
    }
  }
  return [...seen];
};

/** Message files hold keys without using them; the catalogue merges all of them. */
const isMessageFile = (file: string): boolean => /messages(\.generated)?\.ts$|i18n\/(id|en|catalogue)\.ts$|borrowed-keys\.ts$/.test(file);

describe("the phone app's catalogue", () => {
  const files = filesThePhoneLoads();
  const sources = files.filter((f) => !isMessageFile(f)).map((f) => ({ file: f.slice(RENDERER.length + 1), text: readFileSync(f, 'utf8') }));
  const phoneKeys = new Set(Object.keys(PARTICIPANT_CATALOGUES.id));

  it('does not pull the full catalogue into the phone app', () => {
    expect(files.map((f) => f.slice(RENDERER.length + 1))).not.toContain('i18n/catalogue.ts');
    expect(files.some((f) => f.endsWith('features/issues/messages.ts'))).toBe(false);
  });

  it('holds every key written out in a file the phone loads', () => {
    const missing = sources.flatMap(({ file, text }) =>
      [...text.matchAll(/['"]([\w.-]+)['"]/g)].map((m) => m[1] ?? '').filter((key) => key in catalogueId && !phoneKeys.has(key)).map((key) => `${file}: ${key}`),
    );
    expect(missing).toEqual([]);
  });

  it('holds every key a file the phone loads builds from a prefix (`sections.status.${…}`)', () => {
    const prefixes = sources.flatMap(({ text }) => [...text.matchAll(/`([\w.]+\.)\$\{/g)].map((m) => m[1] ?? ''));
    expect(prefixes).toContain('sections.status.');
    const missing = prefixes.flatMap((prefix) => Object.keys(catalogueId).filter((key) => key.startsWith(prefix) && !phoneKeys.has(key)));
    expect(missing).toEqual([]);
  });

  it('has the same words as the full catalogue, in both languages', () => {
    expect(PARTICIPANT_CATALOGUES.id['share.join.title']).toBe(catalogueId['share.join.title']);
    for (const key of phoneKeys) {
      expect(PARTICIPANT_CATALOGUES.id[key as keyof typeof PARTICIPANT_CATALOGUES.id]).toBe(catalogueId[key as keyof typeof catalogueId]);
      expect(PARTICIPANT_CATALOGUES.en[key as keyof typeof PARTICIPANT_CATALOGUES.en]).toBe(catalogueEn[key as keyof typeof catalogueEn]);
    }
    expect(readFileSync(BORROWED_MESSAGES_PATH, 'utf8'), 'run `npx tsx scripts/participant-catalogue.ts`').toBe(borrowedMessagesSource());
  });

  it('is far smaller than the full catalogue', () => {
    expect(phoneKeys.size).toBeLessThan(Object.keys(catalogueId).length / 10);
  });

  it('shows the Indonesian text, else the key, for a key a language lacks, and never throws', () => {
    const catalogues = { id: { 'share.join.title': 'Bergabung ke lokakarya' }, en: {} };
    expect(lookup(catalogues, 'en', 'share.join.title')).toBe('Bergabung ke lokakarya');
    expect(lookup(PARTICIPANT_CATALOGUES, 'en', 'issues.title')).toBe('issues.title');
    expect(lookup(PARTICIPANT_CATALOGUES, 'en', 'share.join.submit')).toBe(catalogueEn['share.join.submit']);
  });
});
