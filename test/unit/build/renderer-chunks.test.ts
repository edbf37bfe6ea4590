import { describe, expect, it } from 'vitest';
import { planChunks, type ModuleGraph } from '../../../scripts/renderer-chunks';

/*
 * The renderer's chunk plan on a small module graph shaped like the app's: the facilitator's entry and
 * app, the phone's page, and two worksheets.
 */

const R = '/app/renderer/src';
const NM = '/app/node_modules';
const edges: Record<string, { imports?: string[]; lazy?: string[] }> = {
  [`${R}/main.tsx`]: { imports: [`${R}/api/early-start.ts`], lazy: [`${R}/boot.tsx`, `${R}/features/workshop/worksheet-loaders.ts`] },
  [`${R}/features/workshop/worksheet-loaders.ts`]: { lazy: [`${R}/features/programs/index.ts`, `${R}/features/vision/index.ts`] },
  [`${R}/boot.tsx`]: { imports: [`${NM}/react/index.js`, `${R}/app/App.tsx`, `/app/shared/model/index.ts`] },
  [`${R}/app/App.tsx`]: { imports: [`${R}/session/workshop-session.ts`, `${R}/styles/app.css`] },
  [`${R}/features/programs/Table.tsx`]: { imports: [`${NM}/@tiptap/core/index.js`, `${R}/session/role.tsx`] },
  [`${R}/participant/Ballot.tsx`]: { imports: [`${R}/session/role.tsx`] },
  [`${R}/session/workshop-session.ts`]: { imports: ['/app/shared/model/index.ts'] },
  [`${R}/participant/main.tsx`]: { imports: [`${NM}/react/index.js`], lazy: [`${R}/participant/Workspace.tsx`, `${R}/participant/Ballot.tsx`] },
  [`${R}/participant/Workspace.tsx`]: { imports: ['/app/shared/model/index.ts', `${R}/components/Field.tsx`] },
  [`${R}/features/programs/index.ts`]: { imports: [`${R}/features/programs/Table.tsx`, `${R}/components/Field.tsx`, `${R}/components/Dialog.tsx`] },
  [`${R}/features/vision/index.ts`]: { imports: [`${R}/components/Field.tsx`, `${R}/components/Dialog.tsx`, `${R}/components/RichTextEditor.tsx`, `${R}/components/SectionEditor.tsx`] },
  [`${R}/components/SectionEditor.tsx`]: { imports: [`${R}/components/RichTextEditor.tsx`] },
  [`${R}/components/Dialog.tsx`]: { imports: [`${R}/components/dialog.css`] },
  [`${R}/components/RichTextEditor.tsx`]: { imports: [`${NM}/@tiptap/core/index.js`] },
};
const ids = [...new Set([...Object.keys(edges), ...Object.values(edges).flatMap((e) => [...(e.imports ?? []), ...(e.lazy ?? [])])])];
const graph: ModuleGraph = { ids, imports: (id) => edges[id]?.imports ?? [], lazyImports: (id) => edges[id]?.lazy ?? [] };
const plan = planChunks(graph);
const groupOf = (id: string) => plan.get(id) ?? 'own chunk';

describe('the renderer chunk plan', () => {
  it("keeps the entry's own modules in the entry", () => {
    expect(groupOf(`${R}/main.tsx`)).toBe('own chunk');
    expect(groupOf(`${R}/api/early-start.ts`)).toBe('own chunk');
  });

  it('puts what the app and the phone both need at start in `shared`, what only the app needs in `app`', () => {
    expect(groupOf(`${NM}/react/index.js`)).toBe('shared');
    expect(groupOf(`${R}/boot.tsx`)).toBe('app');
    expect(groupOf(`${R}/app/App.tsx`)).toBe('app');
    // Each with its stylesheet: one per chunk.
    expect(groupOf(`${R}/styles/app.css`)).toBe('app');
  });

  it("puts the app's code a joined phone also loads in `room`", () => {
    expect(groupOf('/app/shared/model/index.ts')).toBe('room');
    // Two worksheets and the phone's workspace use the field.
    expect(groupOf(`${R}/components/Field.tsx`)).toBe('room');
    // One worksheet and a phone's screen: a file of its own otherwise.
    expect(groupOf(`${R}/session/role.tsx`)).toBe('room');
  });

  it('puts code two worksheets share, and no phone loads, in `common` with its stylesheet', () => {
    expect(groupOf(`${R}/components/Dialog.tsx`)).toBe('common');
    expect(groupOf(`${R}/components/dialog.css`)).toBe('common');
  });

  it("leaves one worksheet's own code, libraries, and whatever imports them, out of the shared chunks", () => {
    expect(groupOf(`${R}/features/programs/Table.tsx`)).toBe('own chunk');
    expect(groupOf(`${NM}/@tiptap/core/index.js`)).toBe('own chunk');
    // Used by two worksheets, but it imports the editor library: every page would load the editor.
    expect(groupOf(`${R}/components/RichTextEditor.tsx`)).toBe('own chunk');
    expect(groupOf(`${R}/components/SectionEditor.tsx`)).toBe('own chunk');
  });

  it('plans nothing when the app is not in the build', () => {
    expect(planChunks({ ids: [`${R}/participant/main.tsx`], imports: () => [], lazyImports: () => [] }).size).toBe(0);
  });
});
