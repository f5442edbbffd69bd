// Measures every widget's height at the snippet's width, with the preset it is shown with, and writes it into
// src/embed/sizes.json: the height the embed builder starts from and the snippets on the Teach page and in
// the README carry, for course platforms that strip the host script (issue #20 item 2). Run after a build:
//   npm run build && node scripts/measure-embed-heights.mjs
// The widget is framed as a course page frames it (sandbox="allow-scripts", another origin) and its height is
// the last `resize` it sends once it has settled. tests/e2e/embed-matrix.spec.ts fails when a height here is
// more than a few pixels from the widget's.
import { readFileSync, writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { browserLaunchOptions } from './lib/browser.mjs';
import { serveDist } from './serve-dist.mjs';

const FILE = new URL('../src/embed/sizes.json', import.meta.url);

const embedAddress = (site, widget, preset) => `${site}/embed/${widget}/` + (preset === '' ? '' : `?${preset}`);

/** The settled height of `/embed/<widget>/?<preset>` in a frame `width` px wide. */
export async function measure(page, site, widget, preset, width) {
  await page.setContent('<!doctype html><html lang="en"><title>Course page</title><body style="margin:0"></body></html>');
  return page.evaluate(({ src, width: frameWidth }) => new Promise((resolve, reject) => {
    let last = 0;
    let timer;
    const frame = document.createElement('iframe');
    window.addEventListener('message', (event) => {
      if (event.source !== frame.contentWindow || event.data?.type !== 'resize') return;
      last = event.data.height;
      clearTimeout(timer);
      timer = setTimeout(() => resolve(last), 750);
    });
    setTimeout(() => reject(new Error(`no height from ${src}`)), 20000);
    frame.setAttribute('sandbox', 'allow-scripts');
    frame.title = 'widget';
    frame.style.cssText = `width:${frameWidth}px;height:400px;border:0`;
    frame.src = src;
    document.body.append(frame);
  }), { src: embedAddress(site, widget, preset), width });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const sizes = JSON.parse(readFileSync(FILE, 'utf8'));
  const server = await serveDist({ root: 'dist', port: 0 });
  const browser = await chromium.launch(browserLaunchOptions());
  try {
    const page = await browser.newPage();
    for (const [widget, entry] of Object.entries(sizes.widgets)) {
      const height = await measure(page, server.url, widget, entry.preset, sizes.width);
      console.log(`${widget.padEnd(24)} ${String(entry.height).padStart(5)} → ${height} px at ${sizes.width} px wide`);
      entry.height = height;
    }
  } finally {
    await browser.close();
    await server.close();
  }
  writeFileSync(FILE, `${JSON.stringify(sizes, null, 2)}\n`);
}
