/**
 * The architecture's boundaries, checked over every source file in src (issue #21): no cycle between the
 * top-level folders of src, nor between the folders of src/tools; nothing outside the engine imports any
 * of it but its declared entry points; and the engine is a leaf, importing nothing outside itself and using
 * no DOM, clock or randomness (DESIGN.md, "The house"; STYLE.md item 1).
 */
import { describe, expect, it } from 'vitest';
import { folderCycles, folderOf, importsBetween, sourceFiles, specifiers, type SourceFile } from './import-graph';

const files = sourceFiles();

/**
 * The engine's entry points, one per concept; nothing else of it may be imported from outside. The four
 * per-agent modules are provisional: the titration developer is making one module per agent (the lead
 * settles the paths when the branches meet), and the agents' own scripts load them one at a time.
 */
const entryPoints = [
  'src/engine/index.ts',
  'src/engine/titration/index.ts',
  'src/engine/titration/romiplostim.ts',
  'src/engine/titration/eltrombopag.ts',
  'src/engine/titration/avatrombopag.ts',
  'src/engine/titration/fostamatinib.ts',
  'src/engine/regimens/index.ts',
  // One per regimen: a page loads the regimen its reader chooses (src/tools/dose/on-choice/).
  ...['anti-d', 'danazol-azathioprine', 'dexamethasone-high-dose', 'ivig', 'methylprednisolone-pulse', 'multiagent-rescue',
    'prednisone', 'rituximab-low-dose', 'rituximab-standard'].map((regimen) => `src/engine/regimens/${regimen}.ts`),
  'src/engine/algorithm/index.ts',
  // One per population: a page loads the part its reader's case needs (src/tools/walker/on-choice/).
  'src/engine/algorithm/parts/adult.ts',
  'src/engine/algorithm/parts/child.ts',
  'src/engine/algorithm/parts/pregnancy.ts',
  // A pregnant child's: the child's check rows alone (a pregnancy never walks the children's nodes).
  'src/engine/algorithm/parts/child-in-pregnancy.ts',
  'src/engine/format/index.ts',
  'src/engine/units.ts',
];

const inEngine = (path: string) => path.startsWith('src/engine/');
const engine = files.filter((file) => inEngine(file.path));

/** The engine's code with its comments and the text of its strings removed, so only code is searched. */
function codeOnly(text: string): string {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\/\/.*$/gm, '')
    .replace(/(['"`])(?:\\.|(?!\1)[^\\])*\1/g, '""');
}

/** What the engine must never use: the DOM and the browser, the clock, randomness, I/O. */
const forbidden: [RegExp, string][] = [
  [/\b(?:document|window|navigator|localStorage|sessionStorage|globalThis|self)\b/, 'the DOM or the browser'],
  [/\bDate\.now\b|\bnew Date\(\s*\)|(?<![.\w])Date\(\s*\)/, 'the clock'],
  [/\bperformance\.now\b/, 'the clock'],
  [/\bMath\.random\b|\bcrypto\b/, 'randomness'],
  [/\b(?:fetch|XMLHttpRequest|WebSocket|setTimeout|setInterval|require)\s*\(/, 'I/O or timers'],
];

describe('the import graph', () => {
  it('reads every source file and its imports, globs and Astro scripts included', () => {
    expect(files.length).toBeGreaterThan(250);
    expect(files.find((file) => file.path === 'src/components/site/Tool.astro')?.imports).toEqual(
      expect.arrayContaining(['src/tools/index.ts', 'src/tools/dose/start.ts', 'src/tools/titration/on-choice/romiplostim.ts']),
    );
    expect(specifiers("import type { A } from './a';\nexport { b } from '../b';\nimport './c';\nconst d = import('./d');")).toEqual([
      { specifier: './a', glob: false }, { specifier: '../b', glob: false }, { specifier: './c', glob: false }, { specifier: './d', glob: false },
    ]);
  });

  it('finds a cycle between folders where there is one', () => {
    const file = (path: string, imports: string[]): SourceFile => ({ path, text: '', imports, packages: [] });
    const cyclic = [file('src/a/x.ts', ['src/b/y.ts']), file('src/b/y.ts', ['src/c/z.ts']), file('src/c/z.ts', ['src/a/w.ts'])];
    expect(folderCycles(cyclic, (path) => folderOf(path, 1))).toEqual([['src/a', 'src/b', 'src/c', 'src/a']]);
    expect(folderCycles(cyclic.slice(0, 2), (path) => folderOf(path, 1))).toEqual([]);
  });
});

describe('no folder cycles', () => {
  const describeCycle = (folder: (path: string) => string | undefined) => (cycle: string[]) =>
    cycle.slice(0, -1).map((from, at) => `${from} → ${cycle[at + 1] ?? ''}: ${importsBetween(files, folder, from, cycle[at + 1] ?? '')[0] ?? ''}`).join('\n');

  it('between the top-level folders of src', () => {
    const folder = (path: string) => folderOf(path, 1);
    expect(folderCycles(files, folder).map(describeCycle(folder))).toEqual([]);
  });

  it('between the folders of src/tools (each tool, the case, the frame, the shared parts)', () => {
    const folder = (path: string) => (path.startsWith('src/tools/') && path.split('/').length > 3 ? folderOf(path, 2) : undefined);
    expect(folderCycles(files, folder).map(describeCycle(folder))).toEqual([]);
  });
});

describe('the engine’s boundary', () => {
  it('is crossed only through its entry points', () => {
    const crossings = files
      .filter((file) => !inEngine(file.path))
      .flatMap((file) => file.imports.filter((target) => inEngine(target) && !entryPoints.includes(target)).map((target) => `${file.path} → ${target}`));
    expect(crossings).toEqual([]);
  });

  it('keeps the engine a leaf: it imports nothing outside itself, no package, no virtual module', () => {
    const outside = engine.flatMap((file) => [
      ...file.imports.filter((target) => !inEngine(target)),
      ...file.packages,
    ].map((target) => `${file.path} → ${target}`));
    expect(engine.length).toBeGreaterThan(50);
    expect(outside).toEqual([]);
  });

  it.each(forbidden.map(([pattern, what]) => [what, pattern] as const))('uses no %s', (_what, pattern) => {
    const found = engine.filter((file) => pattern.test(codeOnly(file.text))).map((file) => file.path);
    expect(found).toEqual([]);
  });

  it('would see each forbidden use in code, but not in a comment or a string', () => {
    const uses = ['document.title', 'Date.now()', 'new Date()', 'Math.random()', 'fetch(url)'];
    for (const use of uses) expect(forbidden.some(([pattern]) => pattern.test(codeOnly(`const x = ${use};`))), use).toBe(true);
    expect(forbidden.some(([pattern]) => pattern.test(codeOnly('// Date.now() is never read\nconst a = "window"; const b = new Date(Date.UTC(2026, 0, 1));')))).toBe(false);
  });
});
