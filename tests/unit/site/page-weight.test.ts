// The budget check's page weight: what a page loads before the reader interacts, what it loads in all, and
// the largest script it loads on a choice.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { choiceRoots, choiceScripts, scriptWeight, searchWeight } from '../../../scripts/lib/page-weight.mjs';

const gz = (text: string) => gzipSync(Buffer.from(text), { level: 9 }).length;
// Sizes differ enough to tell which files were counted.
const files: Record<string, string> = {
  '_astro/page.js': `import './shared.js';\nconst later = () => import('./chart.js');\n${'a'.repeat(300)}`,
  '_astro/shared.js': `export const s = 1;${'b'.repeat(500)}`,
  '_astro/chart.js': `export const c = 2;${'c'.repeat(900)}`,
  '_astro/tool.js': `window.tool = 3;${'d'.repeat(1500)}`,
  '_astro/agent-a.js': `import './shared.js';import './rules.js';${'h'.repeat(600)}`,
  '_astro/agent-b.js': `import './rules.js';${'i'.repeat(300)}`,
  '_astro/rules.js': `export const r = 4;${'j'.repeat(400)}`,
  '_astro/search-dialog-x1.js': 'g'.repeat(200),
  'pagefind/pagefind-ui.js': 'e'.repeat(700),
  'pagefind/pagefind.js': 'f'.repeat(400),
};
const inline = 'document.documentElement.dataset.ready = "";';
const searchButton = 'const dialog = "/_astro/search-dialog-x1.js";';
const page = `<script src="/_astro/page.js" type="module"></script><script>${inline}</script>
<script type="application/json" id="config">{"not":"javascript"}</script>
<div data-tool="walker" data-script="/_astro/tool.js"></div>
<div data-tool="titration" data-load-on-choice="{&quot;a&quot;:&quot;/_astro/agent-a.js&quot;,&quot;b&quot;:&quot;/_astro/agent-b.js&quot;}"></div>
<script type="module">const dialog = "/_astro/search-dialog-x1.js";</script>`;

function fakeDist(): string {
  const dist = mkdtempSync(join(tmpdir(), 'itp-weight-'));
  for (const dir of ['_astro', 'pagefind']) mkdirSync(join(dist, dir));
  for (const [path, text] of Object.entries(files)) writeFileSync(join(dist, path), text);
  writeFileSync(join(dist, 'index.html'), page);
  return dist;
}

describe('scriptWeight', () => {
  const dist = fakeDist();
  const weight = scriptWeight(dist, join(dist, 'index.html'));

  it('counts the page’s scripts, their static imports and inline scripts before interaction, and no JSON data', () => {
    expect(weight.files.sort()).toEqual(['_astro/page.js', '_astro/shared.js']);
    expect(weight.eagerJs).toBe(gz(files['_astro/page.js'] ?? '') + gz(files['_astro/shared.js'] ?? '') + gz(`${inline}\n${searchButton}`));
  });

  it('counts in all what loads on first use: dynamic imports and a tool bundle named in data-script', () => {
    expect(weight.onUse.sort()).toEqual(['_astro/chart.js', '_astro/tool.js']);
    expect(weight.lazyJs).toBe(gz(files['_astro/chart.js'] ?? '') + gz(files['_astro/tool.js'] ?? ''));
  });
});

describe('choice scripts (data-load-on-choice)', () => {
  const dist = fakeDist();
  const weight = scriptWeight(dist, join(dist, 'index.html'));

  it('counts the largest choice, with what it imports beyond the page’s own scripts', () => {
    // Choice a: its own bytes and rules.js (shared.js already loads with the page); choice b: its own and rules.js.
    const a = gz(files['_astro/agent-a.js'] ?? '') + gz(files['_astro/rules.js'] ?? '');
    const b = gz(files['_astro/agent-b.js'] ?? '') + gz(files['_astro/rules.js'] ?? '');
    expect(a).toBeGreaterThan(b);
    expect(weight.choiceJs).toBe(a);
    expect(weight.largestChoices.map((choice) => choice.choice)).toEqual(['a']);
  });

  it('reads each tool root’s map, and refuses one that does not map choices to scripts', () => {
    expect(choiceScripts('<div data-load-on-choice=\'{"x":"/a.js"}\'></div><p data-load-on-choice="{&quot;y&quot;:&quot;/b.js&quot;}">')).toEqual([
      [['x', '/a.js']],
      [['y', '/b.js']],
    ]);
    for (const bad of ['[]', '{}', '{"x":1}', '{"x":"/a.css"}']) {
      expect(() => choiceScripts(`<div data-load-on-choice='${bad}'>`)).toThrow(/data-load-on-choice/);
    }
  });
});

describe('choices loaded together (data-loaded-together)', () => {
  const together = `<div data-tool="walker" data-load-on-choice="{&quot;a&quot;:&quot;/_astro/agent-a.js&quot;,&quot;b&quot;:&quot;/_astro/agent-b.js&quot;}" data-loaded-together="[[&quot;a&quot;,&quot;b&quot;]]"></div>`;

  it('weighs a set that one input loads at once as one choice, each file counted once', () => {
    const dist = fakeDist();
    writeFileSync(join(dist, 'index.html'), together);
    const weight = scriptWeight(dist, join(dist, 'index.html'));
    // a + b share rules.js and shared.js: counted once each, more than a alone.
    const both = ['agent-a', 'agent-b', 'rules', 'shared'].reduce((total, name) => total + gz(files[`_astro/${name}.js`] ?? ''), 0);
    expect(weight.largestChoices.map((choice) => choice.choice)).toEqual(['a+b']);
    expect(weight.choiceJs).toBe(both);
  });

  it('refuses a set naming a choice the root does not offer, or a single choice', () => {
    expect(choiceRoots(together)[0]?.together).toEqual([['a', 'b']]);
    for (const bad of ['[[&quot;a&quot;,&quot;z&quot;]]', '[[&quot;a&quot;]]', '{}']) {
      expect(() => choiceRoots(together.replace('[[&quot;a&quot;,&quot;b&quot;]]', bad))).toThrow(/data-loaded-together/);
    }
  });
});

describe('searchWeight', () => {
  it('weighs the dialog the search button loads, Pagefind’s UI and its search module, once for the site', () => {
    expect(searchWeight(fakeDist())).toBe(gz('g'.repeat(200)) + gz('e'.repeat(700)) + gz('f'.repeat(400)));
  });

  it('fails rather than leave the dialog out when no script on the page loads it', () => {
    const dist = fakeDist();
    writeFileSync(join(dist, 'index.html'), '<site-search></site-search>');
    expect(() => searchWeight(dist)).toThrow(/search dialog/);
  });
});
