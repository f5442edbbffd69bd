// A static server for a built site that behaves like Netlify and Cloudflare Pages for this site: it applies
// the build's `_headers` (every matching rule; a header set by several is joined with ", "), redirects a
// folder's path without its slash to the slash form (`/embed/dose` → `/embed/dose/`, 301, query kept),
// serves `x.html` for `/x`, answers unknown paths with `404.html` and status 404, and never serves
// `_headers`. It also sends the validators every host sends (ETag, Last-Modified; 304 on a match).
// Browser tests use it where the headers matter (playwright.config.ts, project "static-host"); `npm start`
// does not apply `_headers` (CONTRIBUTING.md, "Headers and hosts").
//
//   import { serveDist } from './scripts/serve-dist.mjs';
//   const server = await serveDist({ root: 'dist', port: 0 });   // port 0: any free port
//   server.url;               // "http://127.0.0.1:41234"
//   server.requests;          // every request line served, in order: [{ method, url }] (clear with .length = 0)
//   server.setRoot(otherDir); // serve another build on the same origin (a release)
//   server.setReachable(false); // drop every connection, as with no signal (the browser's offline switch
//                               // may not reach a service worker's own requests)
//   await server.close();
//
// CLI: node scripts/serve-dist.mjs [--root dist] [--port 4340] [--host 127.0.0.1] [--no-headers]
//      [--cache-control "public, max-age=600"]   (sent where no rule sets Cache-Control: a host's default)
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.woff2': 'font/woff2',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

/**
 * `_headers` as `[{ pattern, headers: [[name, value]] }]` (Netlify / Cloudflare syntax; `#` comments).
 * @param {string} text
 * @returns {{ pattern: string, headers: [string, string][] }[]}
 */
export function parseHeaders(text) {
  /** @type {{ pattern: string, headers: [string, string][] }[]} */
  const rules = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: [] });
    } else if (rules.length > 0) {
      const at = line.indexOf(':');
      if (at > 0) rules[rules.length - 1].headers.push([line.slice(0, at).trim(), line.slice(at + 1).trim()]);
    }
  }
  return rules;
}

/** Whether a rule's path pattern matches a request path: `*` matches anything, `:name` one segment. */
export function matches(pattern, path) {
  const source = pattern
    .split(/(\*|:[A-Za-z]\w*)/)
    .map((part) => (part === '*' ? '.*' : part.startsWith(':') ? '[^/]+' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${source}$`).test(path);
}

/** The headers `_headers` gives a path: every matching rule, values of one header joined with ", ". */
export function headersFor(rules, path) {
  const out = new Map();
  for (const rule of rules) {
    if (!matches(rule.pattern, path)) continue;
    for (const [name, value] of rule.headers) {
      const key = name.toLowerCase();
      const prior = out.get(key);
      out.set(key, prior === undefined ? { name, value } : { name: prior.name, value: `${prior.value}, ${value}` });
    }
  }
  return Object.fromEntries([...out.values()].map(({ name, value }) => [name, value]));
}

const isFile = (path) => existsSync(path) && statSync(path).isFile();

/** What the host does with a path: `{ file, status }` to serve, or `{ redirect }`. */
export function resolvePath(root, pathname) {
  const safe = normalize(pathname).replace(/^(\.\.(\/|\\|$))+/, '');
  const target = resolve(root, `.${safe}`);
  if (target !== resolve(root) && !target.startsWith(resolve(root) + sep)) return { file: join(root, '404.html'), status: 404 };
  if (pathname.split('/').pop() === '_headers') return { file: join(root, '404.html'), status: 404 };
  if (pathname.endsWith('/')) {
    if (isFile(join(target, 'index.html'))) return { file: join(target, 'index.html'), status: 200 };
  } else if (isFile(target)) {
    return { file: target, status: 200 };
  } else if (isFile(join(target, 'index.html'))) {
    return { redirect: `${pathname}/` };
  } else if (isFile(`${target}.html`)) {
    return { file: `${target}.html`, status: 200 };
  }
  return { file: join(root, '404.html'), status: 404 };
}

export async function serveDist({ root = 'dist', port = 0, host = '127.0.0.1', headers = true, cacheControl } = {}) {
  let dir = resolve(root);
  let reachable = true;
  const requests = [];
  const server = createServer((request, response) => {
    if (!reachable) {
      request.socket.destroy();
      return;
    }
    requests.push({ method: request.method ?? '', url: request.url ?? '' });
    const url = new URL(request.url ?? '/', 'http://host');
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    let pathname;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      response.writeHead(400).end();
      return;
    }
    const rulesFile = join(dir, '_headers');
    const extra = headers && existsSync(rulesFile) ? headersFor(parseHeaders(readFileSync(rulesFile, 'utf8')), url.pathname) : {};
    const found = resolvePath(dir, pathname);
    if ('redirect' in found) {
      response.writeHead(301, { ...extra, Location: `${found.redirect}${url.search}` }).end();
      return;
    }
    if (!isFile(found.file)) {
      response.writeHead(found.status, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    const body = readFileSync(found.file);
    const stat = statSync(found.file);
    const etag = `"${createHash('sha1').update(body).digest('base64url').slice(0, 16)}"`;
    const sent = {
      'Content-Type': TYPES[extname(found.file)] ?? 'application/octet-stream',
      'Last-Modified': stat.mtime.toUTCString(),
      ETag: etag,
      ...(cacheControl === undefined ? {} : { 'Cache-Control': cacheControl }),
      ...extra,
    };
    if (found.status === 200 && request.headers['if-none-match'] === etag) {
      response.writeHead(304, sent).end();
      return;
    }
    response.writeHead(found.status, { ...sent, 'Content-Length': body.length });
    response.end(request.method === 'HEAD' ? undefined : body);
  });
  await new Promise((done) => server.listen(port, host, () => done(undefined)));
  const address = server.address();
  const bound = typeof address === 'object' && address !== null ? address.port : port;
  return {
    url: `http://${host}:${bound}`,
    requests,
    setRoot(next) {
      dir = resolve(next);
    },
    setReachable(value) {
      reachable = value;
      if (!value) server.closeAllConnections();
    },
    close: () => new Promise((done) => {
      server.closeAllConnections();
      server.close(() => done(undefined));
    }),
  };
}

function option(args, name, fallback) {
  const at = args.indexOf(name);
  return at === -1 ? fallback : args[at + 1];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const args = process.argv.slice(2);
  const server = await serveDist({
    root: option(args, '--root', 'dist'),
    port: Number(option(args, '--port', '4340')),
    host: option(args, '--host', '127.0.0.1'),
    headers: !args.includes('--no-headers'),
    cacheControl: option(args, '--cache-control', undefined),
  });
  console.log(`Serving ${option(args, '--root', 'dist')} at ${server.url}/`);
}
