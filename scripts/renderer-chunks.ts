import type { Plugin } from 'vite';

/*
 * How the renderer's code is cut into files. A browser fetches at most 6 files at a time from one host
 * over HTTP/1.1, so every extra file on the way to a first screen costs a round on a busy hotspot and a
 * queue on loopback: automatic splitting made ~45 files before the first matrix row (many under 1 KB),
 * and `workshop.open` waited behind them. The plan names a handful of chunks instead:
 *
 * - `app`: what the facilitator's app (boot.tsx) imports statically that no participant page loads;
 * - `shared`: what both the app and the phone's first screen import statically (React, zod, i18n);
 * - `room`: what the facilitator's app or its worksheets share with the participants' later screens
 *   (the model, the commands, the session): a phone that has joined loads nearly all of it anyway;
 * - `common`: what the app or two worksheets or more use that no participant page loads (fields,
 *   dialogs, filters): one file instead of one per helper;
 * - each worksheet and lazy screen keeps its own chunk, so the home screen loads no worksheet, and big
 *   libraries (mermaid, ExcelJS, the rich-text editor) stay where they are used.
 *
 * The entry (main.tsx) keeps its own few modules: it runs before any of these has arrived.
 */

export type ChunkGroup = 'app' | 'shared' | 'room' | 'common';

/** The module graph as the bundler sees it once every module is loaded. */
export interface ModuleGraph {
  ids: readonly string[];
  imports(id: string): readonly string[];
  lazyImports(id: string): readonly string[];
}

const ENTRY = '/renderer/src/main.tsx';
const BOOT = '/renderer/src/boot.tsx';
const PARTICIPANT = '/renderer/src/participant/main.tsx';
/** The module whose lazy imports are the worksheets (one chunk each). */
const WORKSHEET_LOADERS = '/renderer/src/features/workshop/worksheet-loaders.ts';

const reach = (graph: ModuleGraph, from: readonly string[], lazyToo: boolean): Set<string> => {
  const seen = new Set<string>();
  const stack = [...from];
  while (stack.length > 0) {
    const id = stack.pop()!;
    if (seen.has(id)) continue;
    seen.add(id);
    stack.push(...graph.imports(id));
    if (lazyToo) stack.push(...graph.lazyImports(id));
  }
  return seen;
};

const isLibrary = (id: string): boolean => id.includes('/node_modules/');

/** Which named chunk each module goes to; a module not in the map is left to automatic splitting. */
export const planChunks = (graph: ModuleGraph): Map<string, ChunkGroup> => {
  const find = (suffix: string) => graph.ids.find((id) => id.endsWith(suffix));
  const plan = new Map<string, ChunkGroup>();
  const boot = find(BOOT);
  if (!boot) return plan;
  const entry = find(ENTRY);
  const participant = find(PARTICIPANT);
  const loaders = find(WORKSHEET_LOADERS);

  const entryOwn = entry ? reach(graph, [entry], false) : new Set<string>();
  const atBoot = reach(graph, [boot], false);
  const phoneAtStart = participant ? reach(graph, [participant], false) : new Set<string>();
  const phoneEver = participant ? reach(graph, [participant], true) : new Set<string>();
  // How many of the worksheets import each module statically.
  const worksheetUse = new Map<string, number>();
  for (const worksheet of loaders ? graph.lazyImports(loaders) : []) {
    for (const id of reach(graph, [worksheet], false)) worksheetUse.set(id, (worksheetUse.get(id) ?? 0) + 1);
  }

  const candidates = new Set([...atBoot, ...worksheetUse.keys()]);
  for (const id of candidates) {
    if (id.endsWith('.css') || entryOwn.has(id)) continue;
    if (atBoot.has(id) && phoneAtStart.has(id)) {
      plan.set(id, 'shared');
      continue;
    }
    if (atBoot.has(id) && !phoneEver.has(id)) {
      plan.set(id, 'app');
      continue;
    }
    // Worksheet code used by one worksheet only stays in that worksheet's chunk, unless a phone uses
    // it too (it would be a file of its own); a library worksheets use (the rich-text editor) stays
    // out of what every worksheet loads.
    const uses = worksheetUse.get(id) ?? 0;
    const shared = atBoot.has(id) || (!isLibrary(id) && (uses >= 2 || (uses === 1 && phoneEver.has(id))));
    if (!shared || phoneAtStart.has(id)) continue;
    plan.set(id, phoneEver.has(id) ? 'room' : 'common');
  }
  // A shared helper that imports code left to automatic splitting (the rich-text editor imports
  // tiptap) would make every page that loads `room` or `common` load that code too: it stays out,
  // and so does whatever imports it, until nothing grouped imports ungrouped code.
  const settled = (dep: string) => plan.has(dep) || entryOwn.has(dep) || dep.endsWith('.css');
  for (let changed = true; changed; ) {
    changed = false;
    for (const [id, group] of plan) {
      if ((group === 'room' || group === 'common') && !graph.imports(id).every(settled)) {
        plan.delete(id);
        changed = true;
      }
    }
  }
  // Their stylesheets go with them: one stylesheet per chunk rather than one per component.
  for (const [id, group] of [...plan]) {
    for (const dep of graph.imports(id)) if (dep.endsWith('.css') && !plan.has(dep) && !entryOwn.has(dep)) plan.set(dep, group);
  }
  return plan;
};

/**
 * The plan, worked out once the module graph is complete (buildEnd) and read by the output's
 * `codeSplitting.groups` (which asks per module while it writes the chunks, after buildEnd).
 */
export const rendererChunks = (): { plugin: Plugin; groups: { name: ChunkGroup; test: (id: string) => boolean; includeDependenciesRecursively: false }[] } => {
  let plan = new Map<string, ChunkGroup>();
  const plugin: Plugin = {
    name: 'masterplan:renderer-chunks',
    apply: 'build',
    buildEnd() {
      const ids = [...this.getModuleIds()];
      plan = planChunks({
        ids,
        imports: (id) => this.getModuleInfo(id)?.importedIds ?? [],
        lazyImports: (id) => this.getModuleInfo(id)?.dynamicallyImportedIds ?? [],
      });
    },
  };
  const names: ChunkGroup[] = ['app', 'shared', 'room', 'common'];
  return { plugin, groups: names.map((name) => ({ name, test: (id: string) => plan.get(id) === name, includeDependenciesRecursively: false as const })) };
};
