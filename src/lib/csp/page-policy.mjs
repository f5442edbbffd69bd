// One page's Content-Security-Policy against the inline scripts and styles it carries. Astro writes the same
// policy into every page, allowing every inline script of the whole site (17 hashes, 9 of which no page
// carried; the embed pages carry none and allowed all 17). `ownInlineOnly` narrows each page's policy to the
// hashes of its own inline code (issue 23 item 5): a hash allowed on one page cannot run an injected copy of
// that script on another. It only removes: a script Astro's policy did not allow stays blocked, and the
// browser tests report it.
import { createHash } from 'node:crypto';

const CSP_META = /(<meta http-equiv="content-security-policy" content=")([^"]*)(")/i;
// Data blocks (JSON, JSON-LD) are not run, so CSP does not govern them.
const DATA_TYPE = /\btype=["']?application\/(?:ld\+)?json/i;

/** @type {(text: string) => `sha256-${string}`} */
export const hashOf = (text) => `sha256-${createHash('sha256').update(text).digest('base64')}`;

/** The text of every inline script the page runs (no `src`, not a data block), in document order. */
export function inlineScripts(html) {
  return [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)]
    .filter(([, attributes = '']) => !/\bsrc=/i.test(attributes) && !DATA_TYPE.test(attributes))
    .map(([, , text = '']) => text);
}

/** The text of every <style> element. */
export function inlineStyles(html) {
  return [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)].map(([, text = '']) => text);
}

/** The page's CSP <meta> as directives: name → its sources; undefined when the page has none. */
export function policyOf(html) {
  const content = html.match(CSP_META)?.[2];
  if (content === undefined) return undefined;
  const entries = content.split(';').map((part) => part.trim().split(/\s+/)).filter(([name]) => name);
  return new Map(entries.map(([name = '', ...sources]) => [name, sources]));
}

/** The hashes a directive's sources allow, without their quotes. */
export function allowedHashes(sources = []) {
  return sources.filter((source) => /^'sha(256|384|512)-/.test(source)).map((source) => source.slice(1, -1));
}

/** `sources` keeping every keyword and host, and of its hashes only those of `texts`. */
function keepOwn(sources, texts) {
  const own = new Set(texts.map(hashOf));
  return sources.filter((source) => !/^'sha(256|384|512)-/.test(source) || own.has(source.slice(1, -1)));
}

/** The page with its CSP's script and style hashes narrowed to its own inline scripts and styles. */
export function ownInlineOnly(html) {
  const policy = policyOf(html);
  if (policy === undefined) return html;
  const own = { 'script-src': inlineScripts(html), 'style-src': inlineStyles(html) };
  const content = [...policy]
    .map(([name, sources]) => [name, ...(name in own ? keepOwn(sources, own[name]) : sources)].join(' '))
    .join('; ');
  return html.replace(CSP_META, (_, open, _content, close) => `${open}${content}${close}`);
}
