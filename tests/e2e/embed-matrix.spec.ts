// The embed matrix (issue #20): every widget × every way a course page frames it (sandbox="allow-scripts";
// with allow-same-origin; inside a platform's sandboxed content frame; inside a sandboxed srcdoc frame; on
// a page opened from a file) × with and without the host script, served as a host serves the site
// (dist/_headers applied: the static-host project). In each cell the widget renders its preset, works (one
// input changes its result), sizes itself (its frame within a few pixels of its content with the host
// script — and the frame around it too when nested; without it, the snippet's height, which the content
// fills to within a few pixels at 600 px), and logs no console error. One course page holds all the widgets
// of a row, so the matrix costs ten page loads.
import { readFileSync } from 'node:fs';
import { expect, test, type Frame, type Page } from '@playwright/test';
import { coursePlatform, variants, WIDTH, type Embed, type Platform } from './support/course-pages';

/** How close the frame must be to its content (rounding, a border). */
const TOLERANCE = 4;
/** How close the snippet's measured height must be to the widget's content at 600 px. */
const SNIPPET_TOLERANCE = 8;

interface Cell {
  /** What the preset shows once the widget runs. */
  shows: RegExp;
  /** The region whose text the input changes. */
  result: string;
  /** One input a learner makes. */
  act(frame: Frame): Promise<void>;
}

const choose = (group: RegExp, option: string) => async (frame: Frame) => {
  await frame.getByRole('group', { name: group }).getByLabel(option, { exact: true }).check();
};

const cells: Record<string, Cell> = {
  dose: { shows: /681\.8 mg/, result: '[role="status"][aria-label="Dose"]', act: (frame) => frame.locator('#case-weight').fill('80') },
  'titration-romiplostim': { shows: /Day 7: Increase/, result: '[aria-label="Latest decision"]', act: (frame) => frame.locator('#case-weight').fill('80') },
  'titration-eltrombopag': { shows: /75 mg once daily/, result: '[aria-label="Latest decision"]', act: choose(/East- or Southeast-Asian/, 'Yes') },
  'titration-avatrombopag': { shows: /20 mg once daily/, result: '[aria-label="Latest decision"]', act: (frame) => frame.locator('#titration-cyp-1').check() },
  'titration-fostamatinib': { shows: /100 mg twice daily/, result: '[aria-label="Latest decision"]', act: (frame) => frame.locator('#case-age').fill('10') },
  response: { shows: /Response \(R\)/, result: '[role="status"][aria-label="Response"]', act: choose(/Bleeding now/, 'Yes') },
  walker: { shows: /Emergency/, result: '[role="status"][aria-label="Recommendation"]', act: async (frame) => {
    await frame.locator('#case-bleeding').selectOption('none');
  } },
  algorithm: { shows: /Treatment algorithm/, result: 'details.diagram-text', act: (frame) => frame.locator('details.diagram-text > summary').click() },
  overview: { shows: /at a glance/, result: 'details.diagram-text', act: (frame) => frame.locator('details.diagram-text > summary').click() },
};

/** The snippets' heights and the presets they were measured with (scripts/measure-embed-heights.mjs). */
const sizes: { widgets: Record<string, { preset: string; height: number }> } = JSON.parse(readFileSync(new URL('../../src/embed/sizes.json', import.meta.url), 'utf8'));
const measured = sizes.widgets;
const widgets = Object.keys(cells);

test.beforeAll(() => {
  expect(Object.keys(measured).sort()).toEqual([...widgets].sort());
  console.log(`Embed matrix: ${widgets.length} widgets × ${variants.length} framings × 2 (with and without the host script) = ${widgets.length * variants.length * 2} cells, at ${WIDTH} px`);
});

let platform: Platform;
test.beforeAll(async ({ baseURL }) => {
  platform = await coursePlatform(baseURL ?? '');
});
test.afterAll(async () => {
  await platform.close();
});

const contentHeight = (frame: Frame) => frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));

async function frameHeight(frame: Frame): Promise<number> {
  const element = await frame.frameElement();
  return element.evaluate((iframe) => (iframe instanceof Element ? Math.round(iframe.getBoundingClientRect().height) : 0));
}

/** The widget's frame on the page: each widget is framed once per course page. */
async function widgetFrame(page: Page, widget: string): Promise<Frame> {
  await expect.poll(() => page.frames().some((frame) => frame.url().includes(`/embed/${widget}/`)), { timeout: 30_000 }).toBe(true);
  const found = page.frames().find((frame) => frame.url().includes(`/embed/${widget}/`));
  if (found === undefined) throw new Error(`no frame for ${widget}`);
  return found;
}

async function expectSized(frame: Frame, withHost: boolean, height: number, label: string): Promise<void> {
  if (withHost) {
    await expect.poll(async () => Math.abs((await frameHeight(frame)) - (await contentHeight(frame))), { message: `${label}: frame fits its content` }).toBeLessThanOrEqual(TOLERANCE);
    const middle = frame.parentFrame();
    if (middle !== null && middle !== frame.page().mainFrame()) {
      await expect.poll(async () => Math.abs((await frameHeight(middle)) - (await contentHeight(middle))), { message: `${label}: the frame around it grows too` }).toBeLessThanOrEqual(TOLERANCE);
    }
  } else {
    expect(await frameHeight(frame), `${label}: the snippet's height`).toBe(height);
  }
}

for (const variant of variants) {
  for (const withHost of [false, true]) {
    test(`${variant}, ${withHost ? 'with' : 'without'} the host script: every widget renders, works, sizes itself, no console error`, async ({ page, baseURL }) => {
      test.setTimeout(180_000);
      const errors: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(`${message.location().url}: ${message.text()}`);
      });
      page.on('pageerror', (error) => errors.push(error.message));
      const embeds: Embed[] = widgets.map((widget) => {
        const { preset, height } = measured[widget] ?? { preset: '', height: 0 };
        return { widget, src: `${baseURL ?? ''}/embed/${widget}/${preset === '' ? '' : `?${preset}`}`, height };
      });
      await page.setViewportSize({ width: 800, height: 900 });
      await page.goto(platform.coursePage(variant, embeds, withHost));
      for (const { widget, height } of embeds) {
        const cell = cells[widget];
        if (cell === undefined) continue;
        const label = `${widget} (${variant}, ${withHost ? 'host script' : 'no host script'})`;
        const frame = await widgetFrame(page, widget);
        // Chromium pauses rendering (and so the widget's ResizeObserver) in a cross-origin frame out of view,
        // as it would on a long course page: the widget reports its height once the learner scrolls to it.
        const chain: Frame[] = [];
        for (let shown: Frame | null = frame; shown !== null && shown !== page.mainFrame(); shown = shown.parentFrame()) chain.unshift(shown);
        for (const shown of chain) await (await shown.frameElement()).scrollIntoViewIfNeeded();
        await expect(frame.locator('main'), `${label}: renders its preset`).toContainText(cell.shows, { timeout: 30_000 });
        await expect.poll(() => contentHeight(frame), { message: `${label}: the snippet's height fits the widget at ${WIDTH} px` })
          .toBeGreaterThanOrEqual(height - SNIPPET_TOLERANCE);
        expect(Math.abs((await contentHeight(frame)) - height), `${label}: the snippet's height fits the widget at ${WIDTH} px`).toBeLessThanOrEqual(SNIPPET_TOLERANCE);
        await expectSized(frame, withHost, height, label);
        const region = frame.locator(cell.result).first();
        const before = `${await region.textContent()}|${await region.evaluate((element) => element.hasAttribute('open'))}`;
        await cell.act(frame);
        await expect.poll(async () => `${await region.textContent()}|${await region.evaluate((element) => element.hasAttribute('open'))}`, { message: `${label}: works` }).not.toBe(before);
        await expectSized(frame, withHost, height, `${label} after the input`);
      }
      expect(errors, 'console errors').toEqual([]);
    });
  }
}
