import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/*
 * The facilitator's entry (renderer/src/main.tsx) sends workshop.open and preloads the worksheet the
 * URL names before the app arrives. It runs only once every module it imports statically has arrived,
 * so it must not import React, zod or the contract (they come with the app, in chunks of their own).
 * This walks its static imports (not `import type`, not `import()`) from the source.
 */

const ROOT = path.resolve(import.meta.dirname, '..', '..', '..');

const resolveLocal = (from: string, specifier: string): string | null => {
  if (!specifier.startsWith('.')) return null;
  const base = path.resolve(path.dirname(from), specifier);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts'), path.join(base, 'index.tsx')]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return null;
};

/** Module specifiers a file imports at run time: import declarations and re-exports that are not type-only. */
const runtimeImports = (file: string): string[] => {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, false);
  const found: string[] = [];
  for (const statement of source.statements) {
    if (ts.isImportDeclaration(statement) && ts.isStringLiteral(statement.moduleSpecifier)) {
      const clause = statement.importClause;
      const onlyTypes = clause !== undefined && (clause.isTypeOnly || (clause.name === undefined && clause.namedBindings !== undefined && ts.isNamedImports(clause.namedBindings) && clause.namedBindings.elements.length > 0 && clause.namedBindings.elements.every((e) => e.isTypeOnly)));
      if (!onlyTypes) found.push(statement.moduleSpecifier.text);
    }
    if (ts.isExportDeclaration(statement) && statement.moduleSpecifier && ts.isStringLiteral(statement.moduleSpecifier) && !statement.isTypeOnly) found.push(statement.moduleSpecifier.text);
  }
  return found;
};

const staticGraph = (entry: string): { files: Set<string>; packages: Set<string> } => {
  const files = new Set<string>();
  const packages = new Set<string>();
  const stack = [entry];
  while (stack.length > 0) {
    const file = stack.pop()!;
    if (files.has(file)) continue;
    files.add(file);
    for (const specifier of runtimeImports(file)) {
      if (specifier.endsWith('.css')) continue;
      const local = resolveLocal(file, specifier);
      if (local) stack.push(local);
      else packages.add(specifier);
    }
  }
  return { files, packages };
};

describe("the facilitator's entry", () => {
  const { files, packages } = staticGraph(path.join(ROOT, 'renderer', 'src', 'main.tsx'));
  const relative = [...files].map((file) => path.relative(ROOT, file).split(path.sep).join('/'));

  it('imports no package at run time (no React, no zod)', () => {
    expect([...packages]).toEqual([]);
  });

  it('imports neither the contract, the model nor a component', () => {
    expect(relative.filter((file) => file.startsWith('shared/'))).toEqual([]);
    expect(relative.filter((file) => file.endsWith('.tsx') && file !== 'renderer/src/main.tsx')).toEqual([]);
  });

  it('is the few modules that start the early calls', () => {
    expect(relative.sort()).toEqual(['renderer/src/api/early-start.ts', 'renderer/src/app/route-parse.ts', 'renderer/src/features/workshop/worksheet-loaders.ts', 'renderer/src/main.tsx']);
  });
});
