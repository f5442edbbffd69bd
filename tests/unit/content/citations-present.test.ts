// Every page cites its sources: in the MDX sources (a <Cite>), and in the built page (a cite link), which
// scripts/check-content.mjs checks with these helpers.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasCitation, needsCitation } from '../../../scripts/lib/citation-check.mjs';

const docs = new URL('../../../src/content/docs/', import.meta.url).pathname;

function mdxFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return mdxFiles(path);
    return name.endsWith('.mdx') ? [path] : [];
  });
}

describe('MDX pages', () => {
  const files = mdxFiles(docs);

  it('exist', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  it.each(files.map((file) => [relative(docs, file), file]))('%s cites at least one source', (_name, file) => {
    expect(readFileSync(file, 'utf8')).toMatch(/<Cite\s+id="[^"]+"/);
  });
});

describe('built pages', () => {
  it.each([
    ['/', true], ['/guidance/tpo-ras/', true], ['/reference/about/', true], ['/404', false], ['/embed/overview/', false],
  ])('%s needs a citation: %s', (route, expected) => {
    expect(needsCitation(route)).toBe(expected);
  });

  it.each([
    ['<a class="cite-link" href="#ref-ash-2019">1</a>', true],
    ['<sup><a href="#ref-x" class="x cite-link">1</a></sup>', true],
    ['<a class="cite-linkish" href="#x">1</a>', false],
    ['<span class="cite-link">1</span>', false],
    ['<p>No sources</p>', false],
  ])('%s has a citation: %s', (html, expected) => {
    expect(hasCitation(html)).toBe(expected);
  });
});
