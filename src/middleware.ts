/**
 * Numbers each page's citations and fills in its reference list after the page has rendered
 * (see src/lib/citations). Runs at build time for every prerendered page; nothing runs on a server.
 */
import { defineMiddleware } from 'astro:middleware';
import { getCollection } from 'astro:content';
import { numberCitations } from './lib/citations/number-page';
import type { ReferenceData } from './lib/citations/format-reference';

let references: Map<string, ReferenceData> | undefined;

async function loadReferences(): Promise<Map<string, ReferenceData>> {
  references ??= new Map((await getCollection('references')).map((entry) => [entry.id, entry.data]));
  return references;
}

export const onRequest = defineMiddleware(async (_context, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.includes('text/html')) return response;
  const html = await response.text();
  const refs = await loadReferences();
  return new Response(numberCitations(html, (key) => refs.get(key)), {
    status: response.status,
    headers: response.headers,
  });
});
