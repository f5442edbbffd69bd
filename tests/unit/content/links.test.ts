// Internal links and anchors on built pages (scripts/lib/links.mjs).
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { brokenLinks, fileForRoute, internalHrefs, pageIds, resolveHref } from '../../../scripts/lib/links.mjs';

describe('internalHrefs', () => {
  it('keeps site links and anchors, and leaves out other sites, mail and scripts', () => {
    const html = [
      '<a href="/guidance/">a</a>', '<a class="x" href="#ref-ash-2019">b</a>', '<a href="../about/">c</a>',
      '<a href="https://doi.org/10.1/x">d</a>', '<a href="mailto:x@y.z">e</a>', '<a href="//cdn.example/x">f</a>',
      '<a href="javascript:void(0)">g</a>', '<link href="/style.css">',
    ].join('');
    expect(internalHrefs(html)).toEqual(['/guidance/', '#ref-ash-2019', '../about/']);
  });
});

describe('pageIds', () => {
  it('collects every id, decoded', () => {
    expect(pageIds('<h2 id="walker">W</h2><li id=\'ref-a&amp;b\'>x</li><p data-id="no">')).toEqual(new Set(['walker', 'ref-a&b']));
  });
});

describe('resolveHref', () => {
  it.each([
    ['/guidance/tpo-ras/', '/', { route: '/guidance/tpo-ras/', hash: '' }],
    ['#walker', '/algorithm/', { route: '/algorithm/', hash: 'walker' }],
    ['../rituximab/#doses', '/guidance/tpo-ras/', { route: '/guidance/rituximab/', hash: 'doses' }],
    ['/reference/references/#ash-2019', '/', { route: '/reference/references/', hash: 'ash-2019' }],
    // A tool's state in the fragment: the anchor is its `at` parameter, and without one there is none.
    ['/algorithm/#age=45&prior=ivig:no-response&at=walker', '/teach/', { route: '/algorithm/', hash: 'walker' }],
    ['/tools/monitoring/#agent=romiplostim', '/embed/titration-romiplostim/', { route: '/tools/monitoring/', hash: '' }],
  ])('%s from %s', (href, from, expected) => {
    expect(resolveHref(href, from)).toEqual(expected);
  });
});

describe('fileForRoute', () => {
  const dist = mkdtempSync(join(tmpdir(), 'itp-links-'));
  mkdirSync(join(dist, 'guidance/tpo-ras'), { recursive: true });
  writeFileSync(join(dist, 'index.html'), 'home');
  writeFileSync(join(dist, 'guidance/tpo-ras/index.html'), 'tpo');
  writeFileSync(join(dist, '404.html'), 'missing');
  writeFileSync(join(dist, 'favicon.svg'), '<svg/>');

  it.each([
    ['/', join(dist, 'index.html')],
    ['/guidance/tpo-ras/', join(dist, 'guidance/tpo-ras/index.html')],
    ['/guidance/tpo-ras', join(dist, 'guidance/tpo-ras/index.html')],
    ['/404', join(dist, '404.html')],
    ['/favicon.svg', join(dist, 'favicon.svg')],
  ])('finds %s', (route, file) => {
    expect(fileForRoute(dist, route)).toBe(file);
  });

  it.each(['/guidance/', '/missing/', '/guidance/tpo-ras/extra'])('finds nothing at %s', (route) => {
    expect(fileForRoute(dist, route)).toBeUndefined();
  });
});

describe('brokenLinks', () => {
  const site = new Map<string, { ids: Set<string> | undefined }>([
    ['/', { ids: new Set(['_top']) }],
    ['/algorithm/', { ids: new Set(['walker', 'ref-ash-2019']) }],
    ['/favicon.svg', { ids: undefined }],
  ]);
  const lookup = (route: string) => site.get(route);
  const check = (html: string, route = '/algorithm/') => brokenLinks({ route, html }, lookup);

  it.each([
    ['a page that exists', '<a href="/">x</a>'],
    ['an anchor that exists on this page', '<a href="#walker">x</a>'],
    ['an anchor that exists on another page', '<a href="/algorithm/#ref-ash-2019">x</a>'],
    ['the top of the page', '<a href="#">x</a><a href="#top">y</a>'],
    ['a file that is not a page', '<a href="/favicon.svg">x</a>'],
  ])('accepts %s', (_what, html) => {
    expect(check(html)).toEqual([]);
  });

  it.each([
    ['a missing page', '<a href="/guidance/nothing/">x</a>', 'no page at /guidance/nothing/'],
    ['a missing anchor on this page', '<a href="#nowhere">x</a>', 'no id "nowhere" on /algorithm/'],
    ['a missing anchor on another page', '<a href="/#walker">x</a>', 'no id "walker" on /'],
    ['a relative link to a missing page', '<a href="../tools/">x</a>', 'no page at /tools/'],
  ])('reports %s', (_what, html, problem) => {
    expect(check(html).map((p) => p.problem)).toEqual([problem]);
  });
});
