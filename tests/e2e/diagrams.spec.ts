// Diagrams a reader can read on a phone, in a course's frame and on a slide (issues #19 and #20): no word
// below 12 px (22 px on a projector slide) at any width, pan and zoom by pointer, wheel and keyboard, full
// screen (the Fullscreen API, or a dialog in a frame that does not allow it), the text version one press
// away, the pan and zoom script loaded only on first use, and the walker's compact view for a slide.
import { expect, test, type FrameLocator, type Locator, type Page } from '@playwright/test';

/** The smallest word in the diagram as shown, in CSS px: its font size × the SVG's shown / drawn width. */
const smallestLabel = (svg: Locator) => svg.evaluate((element: SVGSVGElement) => {
  const scale = element.getBoundingClientRect().width / element.viewBox.baseVal.width;
  return Math.min(...[...element.querySelectorAll('text')].map((text) => Number.parseFloat(getComputedStyle(text).fontSize))) * scale;
});

/** A course page on another origin (about:blank) with the widget in a sandboxed frame `width` px wide. */
async function framed(page: Page, baseURL: string | undefined, path: string, width: number, allow = ''): Promise<FrameLocator> {
  await page.setContent('<!doctype html><html lang="en"><head><title>Course page</title></head><body style="margin:0"></body></html>');
  await page.evaluate(({ src, width, allow }) => {
    const frame = document.createElement('iframe');
    frame.setAttribute('sandbox', 'allow-scripts');
    if (allow !== '') frame.setAttribute('allow', allow);
    frame.title = 'ITP Pathway widget';
    frame.style.cssText = `width:${width}px;height:700px;border:0`;
    frame.src = src;
    document.body.append(frame);
  }, { src: `${baseURL ?? ''}${path}`, width, allow });
  const frame = page.frameLocator('iframe');
  await expect(frame.locator('svg.diagram-svg')).toBeVisible();
  return frame;
}

const measured: string[] = [];
test.afterAll(() => {
  if (measured.length > 0) console.log(`Smallest diagram label (CSS px):\n${measured.join('\n')}`);
});

test.describe('labels never below 12 px', () => {
  for (const [path, width] of [['/', 390], ['/algorithm/', 390], ['/', 1280], ['/algorithm/', 1280]] as const) {
    test(`${path} at ${width} px`, async ({ page }) => {
      await page.setViewportSize({ width, height: 800 });
      await page.goto(path);
      const label = await smallestLabel(page.locator('svg.diagram-svg'));
      measured.push(`${path} page at ${width} px: ${label.toFixed(1)}`);
      expect(label).toBeGreaterThanOrEqual(12);
    });
  }

  for (const widget of ['algorithm', 'overview', 'walker']) {
    for (const width of [320, 600, 1000]) {
      test(`/embed/${widget}/ in a ${width} px cross-origin frame`, async ({ page, baseURL }) => {
        const frame = await framed(page, baseURL, `/embed/${widget}/`, width);
        const label = await smallestLabel(frame.locator('svg.diagram-svg'));
        measured.push(`/embed/${widget}/ at ${width} px: ${label.toFixed(1)}`);
        expect(label).toBeGreaterThanOrEqual(12);
        // The diagram pans inside its own box; the widget never scrolls sideways.
        expect(await frame.locator('html').evaluate((html) => html.scrollWidth - html.clientWidth)).toBeLessThanOrEqual(0);
      });
    }
  }
});

test('the home page diagram opens on its first question, every box reachable by panning its box', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/');
  const canvas = page.locator('.diagram-canvas');
  const box = await canvas.boundingBox();
  const start = await page.locator('g.node[data-id="bleed"]').boundingBox();
  if (box === null || start === null) throw new Error('no diagram');
  expect(start.x).toBeGreaterThanOrEqual(box.x);
  expect(start.x + start.width).toBeLessThanOrEqual(box.x + box.width);
  const reach = await canvas.evaluate((element) => ({ scroll: element.scrollWidth, svg: element.querySelector('svg')?.getBoundingClientRect().width ?? 0 }));
  expect(reach.scroll).toBeGreaterThanOrEqual(Math.floor(reach.svg));
  await expect(canvas).toHaveCSS('overflow-x', 'auto');
});

test.describe('pan and zoom', () => {
  test('loads its script on first use only, then zooms by button, key and Ctrl+wheel, never below the label size', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/');
    const figure = page.locator('figure.diagram');
    const svg = figure.locator('svg.diagram-svg');
    await expect(page.locator('script[src*="/view-"]')).toHaveCount(0);
    await expect(figure.getByRole('button', { name: 'Zoom out' })).toHaveAttribute('aria-disabled', 'true');

    await figure.getByRole('button', { name: 'Zoom in' }).click();
    await expect(page.locator('script[src*="/view-"]')).toHaveCount(1);
    await expect.poll(() => smallestLabel(svg)).toBeCloseTo(15, 0);
    await expect(figure.getByRole('button', { name: 'Zoom out' })).toHaveAttribute('aria-disabled', 'false');

    const canvas = figure.locator('.diagram-canvas');
    await canvas.focus();
    await page.keyboard.press('-');
    await expect.poll(() => smallestLabel(svg)).toBeCloseTo(12, 0);
    await page.keyboard.press('-');
    expect(await smallestLabel(svg)).toBeCloseTo(12, 0);
    await page.keyboard.press('+');
    await expect.poll(() => smallestLabel(svg)).toBeCloseTo(15, 0);
    await page.keyboard.press('0');
    await expect.poll(() => smallestLabel(svg)).toBeCloseTo(12, 0);

    const middle = await canvas.boundingBox();
    if (middle === null) throw new Error('no box');
    await page.mouse.move(middle.x + middle.width / 2, middle.y + 100);
    await page.keyboard.down('Control');
    await page.mouse.wheel(0, -300);
    await page.keyboard.up('Control');
    await expect.poll(() => smallestLabel(svg)).toBeGreaterThan(20);
  });

  test('pans by arrow key and by dragging with a mouse', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/algorithm/');
    const canvas = page.locator('.diagram-canvas');
    const scrolled = () => canvas.evaluate((element) => element.scrollLeft);
    const before = await scrolled();
    await canvas.focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(scrolled).toBeGreaterThan(before);
    await expect(page.locator('script[src*="/view-"]')).toHaveCount(1);
    const box = await canvas.boundingBox();
    if (box === null) throw new Error('no box');
    const dragStart = await scrolled();
    await page.mouse.move(box.x + 200, box.y + 200);
    await page.mouse.down();
    await page.mouse.move(box.x + 50, box.y + 200, { steps: 5 });
    await page.mouse.up();
    await expect.poll(scrolled).toBeCloseTo(dragStart + 150, -1);
  });
});

test.describe('full screen and the text version', () => {
  test('on a page: the Fullscreen API, and Escape leaves it', async ({ page }) => {
    await page.goto('/');
    const figure = page.locator('figure.diagram');
    await figure.getByRole('button', { name: 'Full screen' }).click();
    await expect.poll(() => page.evaluate(() => document.fullscreenElement?.matches('figure.diagram') ?? false)).toBe(true);
    await expect(figure.locator('.diagram-canvas')).toBeFocused();
    await figure.getByRole('button', { name: 'Exit full screen' }).click();
    await expect.poll(() => page.evaluate(() => document.fullscreenElement === null)).toBe(true);
    await expect(figure.getByRole('button', { name: 'Full screen' })).toBeFocused();
  });

  test('in a cross-origin sandboxed frame without allow="fullscreen": a dialog over the frame, closed by Escape', async ({ page, baseURL }) => {
    const frame = await framed(page, baseURL, '/embed/algorithm/', 600);
    await frame.getByRole('button', { name: 'Full screen' }).click();
    const dialog = frame.getByRole('dialog', { name: 'ITP treatment algorithm after IVIG failure' });
    await expect(dialog.locator('figure.diagram.is-full')).toBeVisible();
    await expect(dialog.locator('.diagram-canvas')).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
    await expect(frame.locator('main figure.diagram:not(.is-full)')).toBeVisible();
  });

  test('in a frame that allows it (the snippet’s allow="fullscreen"): the Fullscreen API', async ({ page, baseURL }) => {
    const frame = await framed(page, baseURL, '/embed/overview/', 600, 'fullscreen');
    await frame.getByRole('button', { name: 'Full screen' }).click();
    await expect(frame.getByRole('button', { name: 'Exit full screen' })).toBeVisible();
    await expect.poll(() => frame.locator('html').evaluate(() => document.fullscreenElement?.matches('figure.diagram') ?? false)).toBe(true);
    await expect(frame.getByRole('dialog')).toHaveCount(0);
  });

  test('the text version is one press away, opened and focused', async ({ page }) => {
    await page.goto('/');
    const figure = page.locator('figure.diagram');
    await figure.getByRole('link', { name: 'Text version' }).click();
    await expect(figure.locator('details.diagram-text')).toHaveAttribute('open', '');
    await expect(figure.locator('details.diagram-text summary')).toBeFocused();
  });
});

test.describe('slides (projector theme, 1280×720)', () => {
  test('a diagram fits the slide, its words at 22 px or more, and pans inside its box', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    for (const widget of ['algorithm', 'overview']) {
      await page.goto(`/embed/${widget}/?theme=projector`);
      const label = await smallestLabel(page.locator('svg.diagram-svg'));
      measured.push(`/embed/${widget}/ on a 1280×720 projector slide: ${label.toFixed(1)}`);
      expect(label).toBeGreaterThanOrEqual(22);
      expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(720);
      const canvas = await page.locator('.diagram-canvas').evaluate((element) => ({ across: element.scrollWidth > element.clientWidth, down: element.scrollHeight > element.clientHeight }));
      expect(canvas).toEqual({ across: true, down: true });
    }
  });

  test('the walker’s compact view: the result and the walked path only, far shorter than the full walker', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    const preset = 'age=45&plt=8&bleed=mucosal&months=1&prior=ivig:no-response&theme=projector';
    await page.goto(`/embed/walker/?${preset}`);
    await expect(page.locator('.path-text li').first()).toBeVisible();
    const full = await page.evaluate(() => document.documentElement.scrollHeight);
    await page.goto(`/embed/walker/?${preset}&view=compact`);
    const path = page.locator('.path-chain li');
    await expect(path.first()).toBeVisible();
    await expect(page.getByRole('heading', { name: 'The case' })).toBeHidden();
    await expect(page.locator('figure.diagram')).toBeHidden();
    await expect(page.getByRole('group', { name: 'Taking an anticoagulant' })).toBeHidden();
    await expect(page.locator('.urgency')).toBeVisible();
    await expect(page.locator('.options > li').first()).toBeVisible();
    const compact = await page.evaluate(() => document.documentElement.scrollHeight);
    measured.push(`walker widget at 1280×720, projector: ${full} px in full, ${compact} px compact (6,457 px before)`);
    expect(compact).toBeLessThan(full * 0.6);
  });

  test('compact waits for a walkable case: a case with problems keeps its fields, so every problem links to one', async ({ page }) => {
    await page.goto('/embed/walker/?age=45&view=compact');
    await expect(page.getByRole('heading', { name: 'The case' })).toBeVisible();
    await expect(page.locator('.path-chain')).toHaveCount(0);
  });
});
