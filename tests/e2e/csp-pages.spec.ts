// Every built page's Content-Security-Policy against the inline code it carries (issue 23 item 5), read
// from the built files: every inline script and style is allowed by a hash, and every hash allowed matches
// a script or style on that page, so no page allows code it does not have. every-page.spec.ts checks in
// the browser that nothing is blocked.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { htmlPages, routeOf } from '../../scripts/lib/page-weight.mjs';
import { allowedHashes, hashOf, inlineScripts, inlineStyles, policyOf } from '../../src/lib/csp/page-policy.mjs';

const dist = fileURLToPath(new URL('../../dist', import.meta.url));
const pages = htmlPages(dist).map((file) => ({ route: routeOf(dist, file), html: readFileSync(file, 'utf8') }));
const kindOf = (route: string) => (route.startsWith('/embed/') ? 'embed' : route.startsWith('/tools/') && route !== '/tools/' ? 'tool' : 'content');

test('each page’s policy allows exactly the inline scripts and styles it carries', () => {
  const mismatches: string[] = [];
  const byKind = new Map<string, Set<string>>();
  for (const { route, html } of pages) {
    const policy = policyOf(html);
    if (policy === undefined) {
      mismatches.push(`${route}: no CSP <meta>`);
      continue;
    }
    for (const [directive, texts] of [['script-src', inlineScripts(html)], ['style-src', inlineStyles(html)]] as const) {
      const carried = new Set(texts.map(hashOf));
      const allowed = new Set(allowedHashes(policy.get(directive)));
      for (const hash of carried) if (!allowed.has(hash)) mismatches.push(`${route}: ${directive} does not allow its inline ${hash}`);
      for (const hash of allowed) if (!carried.has(hash)) mismatches.push(`${route}: ${directive} allows ${hash}, which the page does not carry`);
    }
    const figures = `${allowedHashes(policy.get('script-src')).length} script hashes allowed, ${new Set(inlineScripts(html).map(hashOf)).size} distinct inline scripts carried`;
    byKind.set(kindOf(route), (byKind.get(kindOf(route)) ?? new Set()).add(figures));
  }
  // Printed for the log: what each kind of page allows and carries.
  for (const [kind, figures] of byKind) console.log(`CSP, ${kind} pages: ${[...figures].join('; ')}`);
  expect(pages.length).toBeGreaterThan(0);
  expect(mismatches).toEqual([]);
});
