// Completes the references page after the build: "Cited on" for each source lists every page whose final
// HTML cites it, including citations that components render from engine data (which the MDX sources do
// not show). The Bibliography component writes the MDX-derived list, so `astro dev` still shows most of it.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { builtPages } from './built-files.mjs';

const CITE_LINK = /<a class="cite-link" href="#ref-([a-z0-9-]+)"/g;
const CITED_ON = /<span class="cited-on" data-ref="([a-z0-9-]+)">[\s\S]*?<\/span>/g;

function escapeHtml(text) {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function pageTitle(html) {
  const h1 = /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1] ?? '';
  return h1.replace(/<[^>]+>/g, '').replace(/&amp;/g, '&').trim();
}

/** Source key → the pages (in the order given) that cite it. */
export function citingPages(pages) {
  const map = new Map();
  for (const page of pages) {
    const keys = new Set([...page.html.matchAll(CITE_LINK)].map((m) => m[1]));
    for (const key of keys) map.set(key, [...(map.get(key) ?? []), { href: page.href, title: page.title }]);
  }
  return map;
}

/** Rewrites each "Cited on" placeholder of the references page from the map. */
export function fillCitedOn(html, map) {
  return html.replace(CITED_ON, (_match, key) => {
    const pages = map.get(key) ?? [];
    const text =
      pages.length === 0
        ? 'Cited by the engine’s rules and tools.'
        : `Cited on: ${pages.map((page) => `<a href="${escapeHtml(page.href)}">${escapeHtml(page.title)}</a>`).join(', ')}.`;
    return `<span class="cited-on" data-ref="${key}">${text}</span>`;
  });
}

export default function citedOn() {
  return {
    name: 'itp-pathway:cited-on',
    hooks: {
      'astro:build:done': ({ dir }) => {
        const dist = fileURLToPath(dir);
        const target = 'reference/references/index.html';
        const pages = builtPages(dist)
          .filter((file) => file !== target && file !== '404.html' && !file.startsWith('embed/'))
          .sort()
          .map((file) => {
            const html = readFileSync(join(dist, file), 'utf8');
            return { href: `/${file.replace(/index\.html$/, '')}`, title: pageTitle(html), html };
          });
        const path = join(dist, target);
        writeFileSync(path, fillCitedOn(readFileSync(path, 'utf8'), citingPages(pages)));
      },
    },
  };
}
