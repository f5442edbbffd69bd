// Shared helpers for the end-to-end tests: the built site's routes and a guard on outgoing requests.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { htmlPages, routeOf } from '../../../scripts/lib/page-weight.mjs';

const dist = fileURLToPath(new URL('../../../dist', import.meta.url));

/** Every route in the built sitemap (the site's own list of pages), as paths. */
export function sitemapRoutes(): string[] {
  const xml = readFileSync(new URL('../../../dist/sitemap-0.xml', import.meta.url), 'utf8');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] ?? '/').pathname);
}

/** The embed pages, which the sitemap leaves out (noindex by design), from the built files as the budget check lists them. */
export function embedRoutes(): string[] {
  return htmlPages(dist).map((page) => routeOf(dist, page)).filter((route) => route.startsWith('/embed/'));
}

/** Every page of the built site: the sitemap's and the embeds. */
export function builtRoutes(): string[] {
  return [...sitemapRoutes(), ...embedRoutes()];
}

/** Records every request the page makes that does not go to the site's own origin. */
export function watchForeignRequests(page: Page, origin: string): string[] {
  const foreign: string[] = [];
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('about:')) foreign.push(url);
  });
  return foreign;
}
