/**
 * Content components read the engine only through its public contract, src/engine/index.ts: an import of
 * an engine internal would let a page depend on something the engine may change without notice.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(__dirname, '../../..');
const engine = join(root, 'src/engine');
const folders = ['src/components/clinical', 'src/components/content', 'src/components/verification'];

/** Every module a file imports or re-exports: static, type-only and dynamic imports. */
function specifiers(source: string): string[] {
  const pattern = /\b(?:import|export)\s+(?:type\s+)?(?:[^'";]*?\s+from\s+)?['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;
  return [...source.matchAll(pattern)].map((match) => match[1] ?? match[2]);
}

/** The imports of one file that reach into the engine other than through its index. */
function engineInternals(file: string, source: string): string[] {
  return specifiers(source).filter((specifier) => {
    if (!specifier.startsWith('.')) return false;
    const target = resolve(dirname(file), specifier).replace(/\.(ts|js)$/, '');
    const inside = relative(engine, target);
    const inEngine = !inside.startsWith('..') && !isAbsolute(inside);
    return inEngine && inside !== '' && inside !== 'index';
  });
}

function filesIn(folder: string): string[] {
  return readdirSync(join(root, folder), { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.(astro|ts|tsx|mjs|js)$/.test(name))
    .map((name) => join(root, folder, name));
}

describe('engine imports in content components', () => {
  const clinical = join(root, 'src/components/clinical/Example.astro');

  it.each([
    ["import { thresholds } from '../../engine/algorithm/thresholds';", ['../../engine/algorithm/thresholds']],
    ["import type { Dose } from '../../engine/dose';", ['../../engine/dose']],
    ["export { boundText } from '../../engine/titration/bounds.ts';", ['../../engine/titration/bounds.ts']],
    ["const m = await import('../../engine/regimens');", ['../../engine/regimens']],
    ["import {\n  formatDose,\n} from '../../engine/format/dose';", ['../../engine/format/dose']],
    ["import { planRegimen } from '../../engine';", []],
    ["import { planRegimen } from '../../engine/index';", []],
    ["import type { Note } from '../../engine/index.ts';", []],
    ["import Cite from '../site/Cite.astro';", []],
    ["import { getCollection } from 'astro:content';", []],
    ["import { x } from '../../engine-notes/thing';", []],
  ])('%j reaches into the engine through %j', (source, expected) => {
    expect(engineInternals(clinical, source)).toEqual(expected);
  });

  const files = folders.flatMap(filesIn);

  it('finds the components, and the engine imports among them', () => {
    expect(files.length).toBeGreaterThan(20);
    expect(files.filter((file) => specifiers(readFileSync(file, 'utf8')).some((s) => s.includes('/engine'))).length).toBeGreaterThan(10);
  });

  it.each(files.map((file) => [relative(root, file), file]))('%s imports the engine only through src/engine/index.ts', (_name, file) => {
    expect(engineInternals(file, readFileSync(file, 'utf8'))).toEqual([]);
  });
});
