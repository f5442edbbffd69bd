/**
 * The import graph of src, read from the sources (TypeScript, TSX, Astro, MDX, .mjs): every file and the
 * files it imports, statically, dynamically, by `import.meta.glob` or from an Astro `<script>`. Type-only
 * imports count: a type is a dependency too. Package and virtual imports (`preact`, `astro:content`) are
 * kept by name.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

export const root = resolve(__dirname, '../../..');
const src = join(root, 'src');
const sourceFile = /\.(ts|tsx|astro|mdx|mjs|js)$/;
const extensions = ['', '.ts', '.tsx', '.astro', '.mjs', '.js', '/index.ts'];

export interface SourceFile {
  /** Relative to the repository root, e.g. "src/tools/dose/tool.ts". */
  path: string;
  text: string;
  /** Files in src it imports (repository-relative), and packages or virtual modules by name. */
  imports: string[];
  packages: string[];
}

/** Every import specifier in a source: `import … from`, `export … from`, `import '…'`, `import('…')`, `import.meta.glob('…')`. */
export function specifiers(text: string): { specifier: string; glob: boolean }[] {
  const found: { specifier: string; glob: boolean }[] = [];
  const patterns: [RegExp, boolean][] = [
    [/\b(?:import|export)\s+(?:type\s+)?(?:[\w*${}\s,]*?\s+from\s+)?['"]([^'"]+)['"]/g, false],
    [/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g, false],
    [/\bimport\.meta\.glob(?:<[^>]*>)?\(\s*['"]([^'"]+)['"]/g, true],
  ];
  for (const [pattern, glob] of patterns) for (const match of text.matchAll(pattern)) if (match[1] !== undefined) found.push({ specifier: match[1], glob });
  return found;
}

function resolveFile(base: string): string | undefined {
  for (const extension of extensions) {
    const candidate = base + extension;
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return undefined;
}

/** The files a glob names: `*` stands for one path segment or part of one. */
function expandGlob(from: string, pattern: string): string[] {
  const parts = resolve(dirname(from), pattern).split('/');
  let paths = ['/'];
  for (const part of parts.filter((segment) => segment !== '')) {
    const matcher = new RegExp(`^${part.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*')}$`);
    paths = paths.flatMap((path) => (part.includes('*') && existsSync(path) && statSync(path).isDirectory()
      ? readdirSync(path).filter((name) => matcher.test(name)).map((name) => join(path, name))
      : [join(path, part)]));
  }
  return paths.filter((path) => existsSync(path) && statSync(path).isFile());
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : sourceFile.test(name) ? [path] : [];
  });
}

export function sourceFiles(): SourceFile[] {
  return walk(src).map((file) => {
    const text = readFileSync(file, 'utf8');
    const imports: string[] = [];
    const packages: string[] = [];
    for (const { specifier, glob } of specifiers(text)) {
      const path = specifier.split('?')[0] ?? '';
      if (!path.startsWith('.')) {
        packages.push(specifier);
        continue;
      }
      const targets = glob ? expandGlob(file, path) : [resolveFile(resolve(dirname(file), path))];
      for (const target of targets) if (target !== undefined) imports.push(relative(root, target));
    }
    return { path: relative(root, file), text, imports, packages };
  });
}

/** The folder a file belongs to at `depth` below src: "src/tools" (depth 1), "src/tools/dose" (depth 2). */
export function folderOf(path: string, depth: number): string {
  const parts = path.split('/');
  // A file directly in the folder above that depth stands for itself (src/middleware.ts).
  return parts.slice(0, Math.min(depth + 1, parts.length)).join('/');
}

/** Each cycle between folders, as the folders in order; none when the folder graph is acyclic. */
export function folderCycles(files: readonly SourceFile[], folder: (path: string) => string | undefined): string[][] {
  const edges = new Map<string, Set<string>>();
  for (const file of files) {
    const from = folder(file.path);
    if (from === undefined) continue;
    for (const target of file.imports) {
      const to = folder(target);
      if (to === undefined || to === from) continue;
      if (!edges.has(from)) edges.set(from, new Set());
      edges.get(from)?.add(to);
    }
  }
  const cycles: string[][] = [];
  const done = new Set<string>();
  const stack: string[] = [];
  const visit = (node: string) => {
    stack.push(node);
    for (const next of [...(edges.get(node) ?? [])].sort()) {
      if (stack.includes(next)) cycles.push([...stack.slice(stack.indexOf(next)), next]);
      else if (!done.has(next)) visit(next);
    }
    stack.pop();
    done.add(node);
  };
  for (const node of [...edges.keys()].sort()) if (!done.has(node)) visit(node);
  return cycles;
}

/** Which files import which: "a → b" for each import from `from`'s folder into `to`'s, to say where a cycle runs. */
export function importsBetween(files: readonly SourceFile[], folder: (path: string) => string | undefined, from: string, to: string): string[] {
  return files.flatMap((file) => (folder(file.path) === from ? file.imports.filter((target) => folder(target) === to).map((target) => `${file.path} → ${target}`) : []));
}
