// Code, pages and tests cite the clinical sources as `drugs.md §n` and `guidelines.md §n`. Those are
// sections of the source register in docs/source-register/, so that a maintainer with only this repository
// can follow every citation to the rule and its primary source. This fails on a citation to a section the
// register does not have.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = new URL('../../../', import.meta.url).pathname;
const registers = ['drugs', 'guidelines'] as const;

function sectionsOf(name: string): Set<string> {
  const text = readFileSync(`${root}docs/source-register/${name}.md`, 'utf8');
  return new Set([...text.matchAll(/^#{2,3} §(\d+(?:\.\d+)?) /gm)].map((match) => match[1] ?? ''));
}

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path);
    return /\.(ts|tsx|astro|mdx|mjs|md|yaml)$/.test(name) ? [path] : [];
  });
}

const citations = ['src', 'tests', 'scripts', 'docs']
  .flatMap((dir) => files(`${root}${dir}`))
  .flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/\b(drugs|guidelines)\.md §(\d+(?:\.\d+)?)/g)]
    .map((match) => ({ file: relative(root, file), register: match[1] ?? '', section: match[2] ?? '' })));

describe('the clinical source register', () => {
  it('is cited from the code', () => {
    expect(citations.length).toBeGreaterThan(0);
  });

  it.each(registers)('%s.md has its sections', (name) => {
    expect(sectionsOf(name).size).toBeGreaterThan(0);
  });

  it('has a section for every citation', () => {
    const sections = Object.fromEntries(registers.map((name) => [name, sectionsOf(name)]));
    const missing = citations.filter(({ register, section }) => !sections[register]?.has(section));
    expect(missing).toEqual([]);
  });
});
