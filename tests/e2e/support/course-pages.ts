// Course pages for the embed tests: a second origin (a course platform) served from a temporary folder, and
// the ways such a page frames a widget — a sandboxed frame with or without allow-same-origin, a sandboxed
// middle frame (the platform's content frame), a sandboxed srcdoc frame, and a page opened from a file —
// each with or without the host script. Every frame is 600 px wide with the snippet's height.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { serveDist } from '../../../scripts/serve-dist.mjs';

export const variants = ['sandbox-scripts', 'sandbox-same-origin', 'sandboxed-middle-frame', 'srcdoc', 'file'] as const;
export type Variant = (typeof variants)[number];

export interface Embed {
  widget: string;
  src: string;
  height: number;
}

export const WIDTH = 600;

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
const page = (title: string, body: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>${title}</title></head><body style="margin:0">${body}</body></html>`;

/** The snippet's frame: no `loading="lazy"`, so that every widget of the page loads at once. */
const frame = (embed: Embed, sandbox: string | undefined) =>
  `<iframe src="${escape(embed.src)}" title="${embed.widget}" width="${WIDTH}" height="${embed.height}"${sandbox === undefined ? '' : ` sandbox="${sandbox}"`} style="border:0;display:block"></iframe>`;

const hostScript = (site: string) => `<script src="${site}/embed-host.js"></script>`;

export interface Platform {
  url: string;
  /** The address of a course page framing `embeds` the `variant` way. */
  coursePage(variant: Variant, embeds: readonly Embed[], withHost: boolean): string;
  close(): Promise<void>;
}

export async function coursePlatform(site: string): Promise<Platform> {
  const folder = mkdtempSync(join(tmpdir(), 'itp-course-'));
  const server = await serveDist({ root: folder, port: 0, headers: false });
  const host = (withHost: boolean) => (withHost ? hostScript(site) : '');
  return {
    url: server.url,
    coursePage(variant, embeds, withHost) {
      const name = `${variant}-${withHost ? 'host' : 'plain'}`;
      const sections = embeds.map((embed) => {
        const id = `w-${embed.widget}`;
        switch (variant) {
          case 'sandbox-scripts':
          case 'file':
            return `<section id="${id}">${frame(embed, 'allow-scripts')}</section>`;
          case 'sandbox-same-origin':
            return `<section id="${id}">${frame(embed, 'allow-scripts allow-same-origin')}</section>`;
          case 'sandboxed-middle-frame': {
            const middle = `${name}-${embed.widget}.html`;
            writeFileSync(join(folder, middle), page('Content frame', `${frame(embed, undefined)}${host(withHost)}`));
            return `<section id="${id}"><iframe src="${middle}" title="Course content" width="${WIDTH}" height="300" sandbox="allow-scripts" style="border:0;display:block"></iframe></section>`;
          }
          case 'srcdoc':
            return `<section id="${id}"><iframe srcdoc="${escape(page('Content', `${frame(embed, undefined)}${host(withHost)}`))}" title="Course content" width="${WIDTH}" height="300" sandbox="allow-scripts" style="border:0;display:block"></iframe></section>`;
        }
      });
      writeFileSync(join(folder, `${name}.html`), page('Course page', `<h1>Course page</h1>${sections.join('')}${host(withHost)}`));
      return variant === 'file' ? pathToFileURL(join(folder, `${name}.html`)).href : `${server.url}/${name}.html`;
    },
    close: () => server.close(),
  };
}
