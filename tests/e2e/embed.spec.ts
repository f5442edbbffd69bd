// Every widget embedded in <iframe sandbox="allow-scripts"> on a host page made for the test (about:blank,
// so the frame is cross-origin and its origin is "null", as on a course page): the preset takes effect,
// the frame sends ready, resize (with its LTI and H5P forms) and result, a bad preset is listed without breaking the
// widget, quiz and hide work, a 320 px frame never scrolls sideways, and nothing is requested elsewhere.
import xapiValidation from '@learninglocker/xapi-validation';
import { expect, test, type FrameLocator, type Page } from '@playwright/test';
import { embedRoutes, sitemapRoutes, watchForeignRequests } from './support/site';

// The validator is CommonJS with `exports.default`; Playwright's loader hands over the whole module object.
const validateStatement: typeof xapiValidation = typeof xapiValidation === 'function' ? xapiValidation : (xapiValidation as unknown as { default: typeof xapiValidation }).default;

interface Message {
  origin: string;
  fromFrame: boolean;
  data: { source?: string; type?: string; context?: string; widget?: string; height?: number; result?: { state: string; value?: unknown }; statement?: unknown } | string;
}

/** A host page with one sandboxed frame of `path`; the host records every message it receives. */
async function host(page: Page, baseURL: string | undefined, path: string, { width = 640, hostScript = false } = {}): Promise<FrameLocator> {
  await page.setContent('<!doctype html><html lang="en"><head><title>Course page</title></head><body><h1>Course page</h1></body></html>');
  await page.evaluate(({ src, width, script }) => {
    const messages: unknown[] = [];
    Object.assign(window, { embedMessages: messages });
    const frame = document.createElement('iframe');
    window.addEventListener('message', (event) => messages.push({ origin: event.origin, fromFrame: event.source === frame.contentWindow, data: event.data }));
    frame.setAttribute('sandbox', 'allow-scripts');
    frame.title = 'ITP Pathway widget';
    frame.width = String(width);
    frame.height = '400';
    frame.src = src;
    document.body.append(frame);
    if (script !== '') {
      const tag = document.createElement('script');
      tag.src = script;
      document.head.append(tag);
    }
  }, { src: `${baseURL ?? ''}${path}`, width, script: hostScript ? `${baseURL ?? ''}/embed-host.js` : '' });
  return page.frameLocator('iframe');
}

const messages = (page: Page) => page.evaluate(() => (window as unknown as { embedMessages: Message[] }).embedMessages);

async function waitFor(page: Page, accept: (message: Message) => boolean): Promise<Message> {
  await expect.poll(async () => (await messages(page)).some(accept)).toBe(true);
  const found = (await messages(page)).find(accept);
  if (found === undefined) throw new Error('message vanished');
  return found;
}

/** A message's fields; the LTI forms are JSON strings, which have none. */
const fields = (message: Message | undefined): Exclude<Message['data'], string> => (message === undefined || typeof message.data === 'string' ? {} : message.data);
const ours = (type: string) => (message: Message) => fields(message).source === 'itp-pathway' && fields(message).type === type;
const lastResult = async (page: Page) => fields((await messages(page)).filter(ours('result')).at(-1)).result;

/** ready first, then a resize and its LTI twin with the same height, all from the frame, origin "null". */
async function expectFrameMessages(page: Page, widget: string): Promise<void> {
  const resize = await waitFor(page, ours('resize'));
  // The LTI forms are JSON strings (hosts JSON.parse them); H5P's is an object with scrollHeight.
  const parsed = (message: Message): unknown => (typeof message.data === 'string' ? JSON.parse(message.data) : undefined);
  const lti = await waitFor(page, (message) => typeof message.data === 'string' && message.data.includes('"lti.frameResize"'));
  const brightspace = await waitFor(page, (message) => typeof message.data === 'string' && message.data.includes('org.imsglobal.lti.frameResize'));
  const h5p = await waitFor(page, (message) => fields(message).context === 'h5p');
  const all = await messages(page);
  expect(all.findIndex(ours('ready'))).toBe(0);
  for (const message of all) expect(message).toMatchObject({ origin: 'null', fromFrame: true });
  expect(all[0]?.data).toEqual({ source: 'itp-pathway', type: 'ready', widget });
  expect(fields(resize).widget).toBe(widget);
  expect(fields(resize).height).toBeGreaterThan(200);
  expect(parsed(lti)).toEqual({ subject: 'lti.frameResize', height: fields(resize).height });
  expect(parsed(brightspace)).toEqual({ subject: 'org.imsglobal.lti.frameResize', height: fields(resize).height });
  expect(h5p.data).toEqual({ context: 'h5p', action: 'resize', scrollHeight: fields(resize).height, height: fields(resize).height });
}

interface WidgetCase {
  widget: string;
  preset: string;
  /** What the frame shows once the preset took effect. */
  shows: RegExp;
  result?: Record<string, unknown>;
  /** A parameter value the widget must refuse, and the notice's text. */
  invalid: [string, RegExp];
}

const cases: WidgetCase[] = [
  {
    widget: 'dose', preset: 'wt=70&ht=170&regimen=rituximab-standard', shows: /681\.8 mg/,
    result: { state: 'done', value: { regimen: 'rituximab-standard', items: [{ drug: 'rituximab', dose: '681.8 mg' }] } },
    invalid: ['wtu=stone', /“wtu=stone” is not one of kg, lb; kg was used/],
  },
  {
    widget: 'titration-romiplostim', preset: 'age=40&wt=70&rules=eu-smpc&counts=0:20,7:30', shows: /EU SmPC/,
    result: { state: 'done', value: { agent: 'romiplostim', ruleset: 'eu-smpc', steps: [{ day: 0, action: 'start' }, { day: 7 }] } },
    invalid: ['counts=0:20,seven:30', /“counts=…seven:30…” is not day:count/],
  },
  {
    widget: 'titration-eltrombopag', preset: 'age=40&asian=0&liver=0&counts=0:20,14:35', shows: /75 mg once daily/,
    result: { state: 'done', value: { agent: 'eltrombopag', steps: [{ action: 'start', dose: { amount: 50, unit: 'mg' } }, { action: 'increase', dose: { amount: 75, unit: 'mg' } }] } },
    invalid: ['rules=eu-smpc', /“rules” is not a setting of the eltrombopag titration simulator/],
  },
  {
    widget: 'titration-avatrombopag', preset: 'age=40&cyp=none&counts=0:20', shows: /20 mg once daily/,
    result: { state: 'done', value: { agent: 'avatrombopag', steps: [{ action: 'start' }] } },
    invalid: ['cu=mmol', /“cu=mmol” is not one of x10\^9\/L, x10\^3\/uL, \/uL; x10\^9\/L was used/],
  },
  {
    widget: 'titration-fostamatinib', preset: 'age=40&counts=0:20', shows: /100 mg twice daily/,
    result: { state: 'done', value: { agent: 'fostamatinib', steps: [{ action: 'start', dose: { amount: 100, unit: 'mg' } }] } },
    invalid: ['age=forty', /“age=forty” is not a number/],
  },
  {
    widget: 'response', preset: 'base=10&rbleed=0&counts=7:40,14:45', shows: /Response \(R\)/,
    result: { state: 'done', value: { category: 'response', confirmedOnDays: [7, 14] } },
    invalid: ['hide=footer', /“hide=…footer…” is not one of controls, counts, notes/],
  },
  {
    widget: 'walker', preset: 'age=45&plt=5&bleed=life-threatening&months=1&prior=ivig:no-response', shows: /Emergency/,
    result: { state: 'done', value: { urgency: 'emergency', options: expect.arrayContaining([expect.objectContaining({ id: 'emergency-care' })]) } },
    invalid: ['prior=ivig:maybe', /“prior=…ivig:maybe…” is not therapy:outcome/],
  },
  { widget: 'algorithm', preset: 'hide=text', shows: /Treatment algorithm/, invalid: ['hide=case', /“hide=…case…” is not one of text/] },
  { widget: 'overview', preset: 'theme=dark', shows: /at a glance/, invalid: ['theme=sepia', /“theme=sepia” is not one of light, dark, projector/] },
];

for (const { widget, preset, shows, result, invalid } of cases) {
  test.describe(`embed: ${widget}`, () => {
    test('takes its preset in a sandboxed frame and tells the host ready, its height and its result', async ({ page, baseURL }) => {
      const foreign = watchForeignRequests(page, baseURL ?? '');
      const frame = await host(page, baseURL, `/embed/${widget}/?${preset}`);
      await expect(frame.locator('main')).toContainText(shows);
      await expectFrameMessages(page, widget);
      if (result === undefined) {
        expect((await messages(page)).filter(ours('result'))).toEqual([]);
      } else {
        await expect.poll(() => lastResult(page)).toMatchObject(result);
      }
      await expect(frame.locator('[data-embed-notices]')).toBeHidden();
      expect(foreign).toEqual([]);
    });

    test('lists a preset it cannot use and works on without it, in a 320 px frame without scrolling sideways', async ({ page, baseURL }) => {
      const [name = '', value = ''] = invalid[0].split('=');
      const link = new URLSearchParams(preset);
      link.set(name, value);
      const frame = await host(page, baseURL, `/embed/${widget}/?${link.toString()}`, { width: 320 });
      await expect(frame.getByRole('alert').filter({ hasText: 'could not be used' })).toContainText(invalid[1]);
      await expect(frame.locator('main')).toContainText(shows);
      const widths = await frame.locator('html').evaluate((html) => ({ scroll: html.scrollWidth, client: html.clientWidth }));
      expect(widths.scroll).toBeLessThanOrEqual(widths.client);
    });
  });
}

test.describe('embed presentation', () => {
  test('quiz=1 hides the answer and sends no result until the learner reveals it', async ({ page, baseURL }) => {
    const frame = await host(page, baseURL, '/embed/response/?base=10&rbleed=0&counts=7:40,14:45&quiz=1');
    await expectFrameMessages(page, 'response');
    await expect(frame.getByRole('status', { name: 'Response' })).toBeHidden();
    expect((await messages(page)).filter(ours('result'))).toEqual([]);
    await frame.getByLabel('Response (R)').check();
    const reveal = frame.getByRole('button', { name: 'Reveal the answer' });
    await reveal.press('Enter');
    await expect(frame.getByRole('status', { name: 'Response' })).toContainText('Response (R)');
    await expect.poll(() => lastResult(page)).toMatchObject({ state: 'done', value: { category: 'response' } });
    await expect(frame.getByRole('button', { name: 'Hide the answer' })).toHaveAttribute('aria-expanded', 'true');
  });

  test('quiz=1 reveals nothing until the learner answers, then sends each attempt as a valid xAPI statement', async ({ page, baseURL }) => {
    const frame = await host(page, baseURL, '/embed/response/?base=10&rbleed=0&counts=7:40,14:45&quiz=1');
    await expectFrameMessages(page, 'response');
    const reveal = frame.getByRole('button', { name: 'Reveal the answer' });
    await reveal.click();
    await expect(frame.getByText('Give your answer first: it is what the reveal checks.')).toBeVisible();
    await expect(frame.getByRole('status', { name: 'Response' })).toBeHidden();
    expect((await messages(page)).filter(ours('statement'))).toEqual([]);

    await frame.getByLabel('No response (NR)').check();
    const before = Date.now();
    await reveal.click();
    await frame.getByRole('button', { name: 'Hide the answer' }).click();
    await frame.getByLabel('Response (R)').check();
    await frame.getByRole('button', { name: 'Reveal the answer' }).click();
    await expect.poll(async () => (await messages(page)).filter(ours('statement')).length).toBe(2);
    const statements = (await messages(page)).filter(ours('statement')).map((message) => fields(message).statement);
    const attempt = `${baseURL ?? ''}/xapi/extensions/attempt`;
    expect(statements).toMatchObject([
      { result: { response: 'no-response', success: false, score: { scaled: 0, raw: 0, min: 0, max: 1 } }, context: { extensions: { [attempt]: 1 } } },
      { result: { response: 'response', success: true, score: { scaled: 1, raw: 1, min: 0, max: 1 } }, context: { extensions: { [attempt]: 2 } } },
    ]);
    for (const statement of statements) {
      expect(validateStatement({ actor: { objectType: 'Agent', mbox: 'mailto:learner@example.org' }, ...(statement as object) })).toEqual([]);
      expect(Date.parse(String((statement as { timestamp?: unknown }).timestamp))).toBeGreaterThanOrEqual(before - 1000);
    }
  });

  test('quiz=1 keeps the hidden answer’s place, so a frame sized before the reveal shows the whole answer', async ({ page, baseURL }) => {
    const frame = await host(page, baseURL, '/embed/response/?base=10&rbleed=0&counts=7:40,14:45&quiz=1');
    await expectFrameMessages(page, 'response');
    const height = () => frame.locator('html').evaluate((html) => Math.ceil(html.getBoundingClientRect().height));
    const before = await height();
    await frame.getByLabel('Response (R)').check();
    await frame.getByRole('button', { name: 'Reveal the answer' }).click();
    await expect(frame.getByRole('status', { name: 'Response' })).toBeVisible();
    // The feedback line under the button is the only new text.
    expect(await height()).toBeLessThanOrEqual(before + 40);
  });

  test('quiz=1 on the walker leaves the path unlit until revealed', async ({ page, baseURL }) => {
    const frame = await host(page, baseURL, '/embed/walker/?age=45&plt=5&bleed=life-threatening&months=1&quiz=1');
    const litNode = frame.locator('svg g.node.is-on-path[data-id="case-start"] > rect');
    await expect(litNode).toHaveCount(1);
    await expect(litNode).toHaveCSS('stroke-width', '0.75px');
    await frame.getByRole('radio', { name: 'Emergency' }).check();
    await frame.getByRole('button', { name: 'Reveal the answer' }).click();
    await expect(litNode).toHaveCSS('stroke-width', '3px');
  });

  test('hide=case,notes hides those panels while their preset values still apply', async ({ page, baseURL }) => {
    const frame = await host(page, baseURL, '/embed/dose/?wt=70&ht=170&regimen=rituximab-standard&hide=case,notes');
    await expect(frame.getByRole('status', { name: 'Dose' })).toContainText('681.8 mg');
    await expect(frame.getByRole('heading', { name: 'The patient' })).toBeHidden();
    await expect(frame.locator('.notes')).toHaveCount(1);
    await expect(frame.locator('.notes')).toBeHidden();
    await expect(frame.getByRole('heading', { name: 'Warnings' })).toBeHidden();
    await expect(frame.getByRole('button', { name: 'Print' })).toBeHidden();
  });

  test('a value out of range in a hidden panel is listed above the widget, not behind a link to a hidden field', async ({ page, baseURL }) => {
    const frame = await host(page, baseURL, '/embed/dose/?wt=5000&ht=170&regimen=rituximab-standard&hide=case');
    const notice = frame.getByRole('alert').filter({ hasText: 'could not be used' });
    await expect(notice).toContainText('“wt=5000” could not be used: the weight must be between 0.5 kg and 350 kg; it was not used.');
    await expect(notice).toBeInViewport();
    await expect(frame.getByRole('heading', { name: 'The patient' })).toBeHidden();
    const box = await notice.boundingBox();
    const widget = await frame.locator('[data-tool="dose"]').boundingBox();
    expect(box !== null && widget !== null && box.y + box.height <= widget.y).toBe(true);
  });

  test('a 5,000-character value is cut in its notice, which wraps inside a 320 px frame', async ({ page, baseURL }) => {
    const frame = await host(page, baseURL, `/embed/response/?cu=${'x'.repeat(5000)}&utm_source=newsletter&fbclid=abc`, { width: 320 });
    const notice = frame.getByRole('alert');
    await expect(notice).toContainText(`“cu=${'x'.repeat(40)}…” is not one of`);
    await expect(notice.locator('li')).toHaveCount(1);
    const widths = await frame.locator('html').evaluate((html) => ({ scroll: html.scrollWidth, client: html.clientWidth }));
    expect(widths.scroll).toBeLessThanOrEqual(widths.client);
  });

  test('the per-agent titration page keeps its agent whatever the link says, and takes its own silently', async ({ page, baseURL }) => {
    const own = await host(page, baseURL, '/embed/titration-fostamatinib/?agent=fostamatinib&age=40&counts=0:20');
    await expect(own.getByRole('status', { name: 'Latest decision' })).toContainText('100 mg');
    await expect(own.locator('[data-embed-notices]')).toBeHidden();

    const frame = await host(page, baseURL, '/embed/titration-fostamatinib/?agent=romiplostim&age=40&counts=0:20');
    await expect(frame.getByRole('alert')).toContainText('“agent=romiplostim” is not one of fostamatinib; fostamatinib was used.');
    await expect.poll(() => lastResult(page)).toMatchObject({ value: { agent: 'fostamatinib' } });
    await expect(frame.getByRole('group', { name: 'Agent' })).toBeHidden();
  });

  test('the projector theme is black on white with larger type', async ({ page, baseURL }) => {
    const frame = await host(page, baseURL, '/embed/dose/?theme=projector');
    const html = frame.locator('html');
    await expect(html).toHaveAttribute('data-theme', 'projector');
    await expect(html).toHaveCSS('font-size', '22px');
    await expect(frame.locator('body')).toHaveCSS('background-color', 'rgb(255, 255, 255)');
    await expect(frame.locator('body')).toHaveCSS('color', 'rgb(0, 0, 0)');
  });

  test('the projector theme never shrinks the diagram below its drawn size', async ({ page, baseURL }) => {
    const frame = await host(page, baseURL, '/embed/algorithm/?theme=projector');
    await expect(frame.locator('html')).toHaveAttribute('data-theme', 'projector');
    const sizes = await frame.locator('svg.diagram-svg').evaluate((svg: SVGSVGElement) => ({ shown: svg.getBoundingClientRect().width, drawn: svg.viewBox.baseVal.width }));
    expect(sizes.shown).toBeGreaterThanOrEqual(Math.floor(sizes.drawn));
    await expect(frame.locator('.diagram-canvas')).toHaveCSS('overflow-x', 'auto');
  });

  test('theme=dark is dark whatever the reader’s setting', async ({ page, baseURL }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    const frame = await host(page, baseURL, '/embed/algorithm/?theme=dark');
    await expect(frame.locator('body')).toHaveCSS('background-color', 'rgb(23, 24, 28)');
  });

  test('"Open in ITP Pathway" carries the preset and what the learner changes, not the display settings', async ({ page, baseURL }) => {
    const frame = await host(page, baseURL, '/embed/dose/?wt=70&regimen=ivig&theme=dark&quiz=1');
    const open = frame.getByRole('link', { name: /Open in ITP Pathway/ });
    await expect(open).toHaveAttribute('href', '/tools/dose-calculator/#wt=70&regimen=ivig');
    await frame.getByLabel('Age (years)').fill('40');
    await expect(open).toHaveAttribute('href', '/tools/dose-calculator/#age=40&wt=70&regimen=ivig');
    await expect(open).toHaveAttribute('target', '_blank');
  });

  test('a walker embed opens the walker on the algorithm page', async ({ page, baseURL }) => {
    const frame = await host(page, baseURL, '/embed/walker/?age=45&plt=20&bleed=none&months=14');
    await expect(frame.getByRole('link', { name: /Open in ITP Pathway/ })).toHaveAttribute('href', '/algorithm/#age=45&plt=20&months=14&bleed=none&at=walker');
  });
});

test.describe('embed page', () => {
  test('is chrome-less, noindex and canonical to the full page', async ({ page }) => {
    await page.goto('/embed/titration-romiplostim/');
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /\/tools\/titration\/$/);
    await expect(page.locator('nav.sidebar')).toHaveCount(0);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Romiplostim titration simulator');
  });

  test('is left out of the sitemap, which still lists the full pages they open', () => {
    const listed = sitemapRoutes();
    expect(embedRoutes()).toHaveLength(9);
    expect(listed.filter((route) => route.startsWith('/embed/'))).toEqual([]);
    expect(listed).toEqual(expect.arrayContaining(['/', '/tools/titration/', '/algorithm/', '/teach/embed/']));
  });

  test('opened directly (not framed) works and posts nothing', async ({ page }) => {
    await page.goto('/embed/response/?base=10&rbleed=0&counts=7:40,14:45');
    await expect(page.getByRole('status', { name: 'Response' })).toContainText('Response (R)');
  });
});

test.describe('host script (public/embed-host.js)', () => {
  test('sizes its frame to the widget', async ({ page, baseURL }) => {
    await host(page, baseURL, '/embed/response/', { hostScript: true });
    const resize = await waitFor(page, ours('resize'));
    await expect.poll(() => page.locator('iframe').evaluate((frame: HTMLIFrameElement) => frame.clientHeight)).toBe(fields(resize).height);
  });

  test('ignores a resize that does not come from its frame', async ({ page, baseURL }) => {
    await host(page, baseURL, '/embed/response/', { hostScript: true });
    const resize = await waitFor(page, ours('resize'));
    await expect.poll(() => page.locator('iframe').evaluate((frame: HTMLIFrameElement) => frame.clientHeight)).toBe(fields(resize).height);
    await page.evaluate(() => window.postMessage({ source: 'itp-pathway', type: 'resize', height: 50 }, '*'));
    await page.waitForTimeout(200);
    expect(await page.locator('iframe').evaluate((frame: HTMLIFrameElement) => frame.clientHeight)).toBe(fields(resize).height);
  });

  test('passes the widget’s result on as a DOM event on its iframe', async ({ page, baseURL }) => {
    await page.setContent('<!doctype html><html lang="en"><title>Course page</title><body></body></html>');
    const detail = page.evaluate(({ src, script }) => new Promise<unknown>((resolve) => {
      const frame = document.createElement('iframe');
      frame.setAttribute('sandbox', 'allow-scripts');
      frame.title = 'Response assessor';
      frame.addEventListener('itp-pathway:result', (event) => resolve((event as CustomEvent).detail));
      frame.src = src;
      document.body.append(frame);
      const tag = document.createElement('script');
      tag.src = script;
      document.head.append(tag);
    }), { src: `${baseURL ?? ''}/embed/response/?base=10&rbleed=0&counts=7:40,14:45`, script: `${baseURL ?? ''}/embed-host.js` });
    expect(await detail).toMatchObject({ type: 'result', widget: 'response', result: { state: 'done', value: { category: 'response' } } });
  });
});
