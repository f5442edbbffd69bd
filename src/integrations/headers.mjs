// Writes dist/_headers (Netlify / Cloudflare Pages format) after the build. The pages carry their script
// and style policy in a <meta> CSP (Astro's, with per-page hashes); header-only directives live here:
// frame-ancestors lets any site embed /embed/ widgets and nobody frame the rest. Rules are written per
// top-level folder because hosts merge overlapping rules, and two CSP headers would both be enforced.
import { readdirSync, statSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

const COMMON = [
  'X-Content-Type-Options: nosniff',
  'Referrer-Policy: no-referrer',
  'Permissions-Policy: camera=(), microphone=(), geolocation=()',
  'Cross-Origin-Opener-Policy: same-origin',
];

function block(path, frameAncestors) {
  return [path, ...[`Content-Security-Policy: frame-ancestors ${frameAncestors}; object-src 'none'; base-uri 'self'`, ...COMMON].map((h) => `  ${h}`)].join('\n');
}

export function headersFile(dist) {
  const rules = [block('/', "'self'"), block('/index.html', "'self'")];
  for (const name of readdirSync(dist).sort()) {
    const path = join(dist, name);
    if (statSync(path).isDirectory()) {
      rules.push(block(`/${name}/*`, name === 'embed' ? '*' : "'self'"));
    } else if (name.endsWith('.html') && name !== 'index.html') {
      rules.push(block(`/${name}`, "'self'"));
    }
  }
  return `${rules.join('\n\n')}\n`;
}

export default function headers() {
  return {
    name: 'itp-pathway:headers',
    hooks: {
      'astro:build:done': ({ dir }) => {
        const dist = fileURLToPath(dir);
        writeFileSync(join(dist, '_headers'), headersFile(dist));
      },
    },
  };
}
