// Widgets sized by the host-side code of real platforms, without our host script, and our host script
// where a platform keeps a copy of it (issue #20 item 2). Served as a host serves the site (static-host).
// - H5P: a minimal host written from h5p-php-library's js/h5p-resizer.js: its message listener (context
//   'h5p', the sender found among the page's iframes by contentWindow) and its one-way `resize` handler,
//   which sets the iframe's height to `data.scrollHeight` (commit e15f6d6) or, in older copies still on
//   platforms, `data.height` (commit 18a3ed4); the widget sends both. Its hello/prepareResize handshake
//   answers to `event.origin`, which is "null" for a sandboxed frame, so only the one-way resize can work
//   there — which is what the widget sends.
// - Canvas-style: a listener that JSON.parse()s string messages and resizes on `lti.frameResize` (Canvas,
//   Moodle's Canvas-compatibility code, IMathAS), and Brightspace's `org.imsglobal.lti.frameResize`.
// - A platform's content frame holding our host script, inside a page with only a Canvas-style listener:
//   the content frame grows too.
// - A copy of the host script uploaded to the platform, naming the site with data-origin.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { serveDist } from '../../scripts/serve-dist.mjs';

const WIDGET = '/embed/response/?base=10&rbleed=0&counts=7:40,14:45';

/** H5P's resize listener, as h5p-resizer.js has it (see above): only what a one-way resize uses. */
const h5pHost = (field: string) => `window.addEventListener('message', function (event) {
  if (event.data.context !== 'h5p') return;
  var iframe, iframes = document.getElementsByTagName('iframe');
  for (var i = 0; i < iframes.length; i++) if (iframes[i].contentWindow === event.source) { iframe = iframes[i]; break; }
  if (!iframe) return;
  if (event.data.action === 'resize') iframe.style.height = event.data.${field} + 'px';
}, false);`;

/** A platform that parses string messages as JSON and resizes the sending frame on an LTI resize. */
const ltiHost = (subject: string) => `window.addEventListener('message', function (event) {
  if (typeof event.data !== 'string') return;
  var message = JSON.parse(event.data);
  if (message.subject !== '${subject}') return;
  var iframes = document.getElementsByTagName('iframe');
  for (var i = 0; i < iframes.length; i++) if (iframes[i].contentWindow === event.source) iframes[i].style.height = message.height + 'px';
});`;

let folder: string;
let platform: Awaited<ReturnType<typeof serveDist>>;
test.beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'itp-platform-'));
  platform = await serveDist({ root: folder, port: 0, headers: false });
});
test.afterAll(async () => {
  await platform.close();
});

function publish(name: string, body: string): string {
  writeFileSync(join(folder, name), `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>${name}</title></head><body style="margin:0">${body}</body></html>`);
  return `${platform.url}/${name}`;
}

const frameTag = (src: string, attributes = 'sandbox="allow-scripts"') => `<iframe id="widget" title="widget" src="${src}" width="600" height="300" ${attributes} style="border:0;display:block"></iframe>`;

/** The widget frame's height and its content's, once the frame has settled. */
async function expectFitted(page: Page, selector = '#widget'): Promise<void> {
  const widget = page.frames().find((frame) => frame.url().includes('/embed/response/'));
  if (widget === undefined) throw new Error('no widget frame');
  await expect(widget.getByRole('status', { name: 'Response' })).toContainText('Response (R)');
  const content = () => widget.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
  const element = async () => (await widget.frameElement()).evaluate((frame) => (frame instanceof Element ? Math.round(frame.getBoundingClientRect().height) : 0));
  await expect.poll(async () => Math.abs((await element()) - (await content())), { message: `${selector} fits the widget` }).toBeLessThanOrEqual(2);
  expect(await content()).toBeGreaterThan(300);
}

for (const field of ['scrollHeight', 'height']) {
  test(`H5P’s resizer (reading data.${field}) sizes a sandboxed widget by its one-way resize`, async ({ page, baseURL }) => {
    await page.goto(publish(`h5p-${field}.html`, `${frameTag(`${baseURL ?? ''}${WIDGET}`)}<script>${h5pHost(field)}</script>`));
    await expectFitted(page);
  });
}

for (const subject of ['lti.frameResize', 'org.imsglobal.lti.frameResize']) {
  test(`a platform that JSON.parse()s string messages sizes the widget on ${subject}`, async ({ page, baseURL }) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(publish(`${subject}.html`, `${frameTag(`${baseURL ?? ''}${WIDGET}`)}<script>${ltiHost(subject)}</script>`));
    await expectFitted(page);
    expect(errors).toEqual([]);
  });
}

test('the platform’s content frame around the widget grows too, with our host script inside it', async ({ page, baseURL }) => {
  const site = baseURL ?? '';
  const content = publish('content.html', `${frameTag(`${site}${WIDGET}`, '')}<script src="${site}/embed-host.js"></script>`);
  await page.goto(publish('course.html', `<iframe id="content" title="Course content" src="${content}" width="640" height="200" sandbox="allow-scripts" style="border:0"></iframe><script>${ltiHost('lti.frameResize')}</script>`));
  await expectFitted(page);
  const middle = page.frames().find((frame) => frame.url().endsWith('/content.html'));
  if (middle === undefined) throw new Error('no content frame');
  const height = () => page.locator('#content').evaluate((frame) => Math.round(frame.getBoundingClientRect().height));
  await expect.poll(async () => Math.abs((await height()) - (await middle.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height))))).toBeLessThanOrEqual(2);
  expect(await height()).toBeGreaterThan(300);
});

test('a copy of the host script kept on the platform works when it names the site with data-origin, and not without', async ({ page, baseURL }) => {
  const site = baseURL ?? '';
  writeFileSync(join(folder, 'embed-host.js'), readFileSync('dist/embed-host.js'));
  await page.goto(publish('copy.html', `${frameTag(`${site}${WIDGET}`)}<script src="embed-host.js" data-origin="${site}"></script>`));
  await expectFitted(page);

  await page.goto(publish('copy-unnamed.html', `${frameTag(`${site}${WIDGET}`)}<script src="embed-host.js"></script>`));
  const widget = page.frames().find((frame) => frame.url().includes('/embed/response/'));
  await expect(widget?.getByRole('status', { name: 'Response' }) ?? page.locator('nothing')).toContainText('Response (R)');
  await page.waitForTimeout(500);
  expect(await page.locator('#widget').evaluate((frame) => Math.round(frame.getBoundingClientRect().height))).toBe(300);
});

test('the host script is served with CORS, so it loads as a module or with integrity', async ({ page, baseURL }) => {
  const site = baseURL ?? '';
  await page.goto(publish('module.html', `${frameTag(`${site}${WIDGET}`)}<script type="module" src="${site}/embed-host.js"></script>`));
  await expectFitted(page);
});
