// The embed builder on Teach → Embedding the tools: a widget and a preset give the snippet, the address and
// a live preview; a teaching case fills the walker; the controls shown are the chosen widget's.
import { expect, test } from '@playwright/test';
import sizes from '../../src/embed/sizes.json' with { type: 'json' };
import { expectAxeClean } from './support/axe';

test.beforeEach(async ({ page }) => {
  await page.goto('/teach/embed/');
});

test('shows only the settings the chosen widget reads', async ({ page }) => {
  const builder = page.locator('[data-embed-builder]');
  await expect(builder.getByLabel('Regimen', { exact: true })).toBeVisible();
  await expect(builder.getByLabel('Teaching case')).toBeHidden();
  await builder.getByLabel('Widget', { exact: true }).selectOption('walker');
  await expect(builder.getByLabel('Regimen', { exact: true })).toBeHidden();
  await expect(builder.getByLabel('Teaching case')).toBeVisible();
  await expect(builder.getByLabel('Taking an anticoagulant')).toBeVisible();
});

test('turns a preset into the snippet, the address and the preview', async ({ page, baseURL }) => {
  const builder = page.locator('[data-embed-builder]');
  await builder.getByLabel('Weight', { exact: true }).fill('70');
  await builder.getByLabel('Height', { exact: true }).fill('170');
  await builder.getByLabel('Regimen', { exact: true }).selectOption('rituximab-standard');
  await builder.getByLabel('Theme').selectOption('projector');
  await builder.getByLabel('the patient panel').check();
  await builder.getByLabel('Quiz: hide the answer').check();

  const address = `/embed/dose/?wt=70&ht=170&regimen=rituximab-standard&theme=projector&quiz=1&hide=case`;
  const snippet = builder.getByLabel('Code to paste into your course page');
  await expect(snippet).toHaveValue(new RegExp(`src="${baseURL ?? ''}${address.replace(/[?]/g, '\\?').replace(/&/g, '&amp;')}"`));
  await expect(snippet).toHaveValue(/title="Regimen dose calculator — ITP Pathway"/);
  await expect(snippet).toHaveValue(/loading="lazy"/);
  await expect(snippet).toHaveValue(/sandbox="allow-scripts allow-popups allow-popups-to-escape-sandbox"/);
  await expect(snippet).toHaveValue(/<script src="[^"]+\/embed-host\.js" defer><\/script>/);
  await expect(builder.getByRole('link', { name: /\/embed\/dose\// })).toHaveAttribute('href', address);

  const preview = page.frameLocator('[data-builder-preview]');
  await expect(page.locator('[data-builder-preview]')).toHaveAttribute('src', address);
  await page.locator('[data-builder-preview]').scrollIntoViewIfNeeded();
  await expect(preview.getByRole('button', { name: 'Reveal the answer' })).toBeVisible();
  await preview.getByLabel(/The first drug’s dose/).fill('681.8');
  await preview.getByRole('button', { name: 'Reveal the answer' }).click();
  await expect(preview.getByRole('status', { name: 'Dose' })).toContainText('681.8 mg');

  await builder.getByLabel('Add the host script').uncheck();
  await expect(snippet).not.toHaveValue(/<script/);
});

test('writes the preview’s measured height into the snippet, at the width chosen, and lists the link’s problems', async ({ page }) => {
  const builder = page.locator('[data-embed-builder]');
  const preview = page.locator('[data-builder-preview]');
  const snippet = builder.getByLabel('Code to paste into your course page');
  const snippetHeight = async () => Number(/height="(\d+)"/.exec(await snippet.inputValue())?.[1]);
  await builder.getByLabel('Widget', { exact: true }).selectOption('response');
  await builder.getByLabel('Baseline count').fill('10');
  await preview.scrollIntoViewIfNeeded();
  await builder.getByLabel('600 px (a course column)').check();
  await expect(preview).toHaveAttribute('src', '/embed/response/?base=10');
  const content = () => page.frames().find((frame) => frame.url().includes('/embed/response/'))?.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
  await expect.poll(async () => (await snippetHeight()) - ((await content()) ?? 0)).toBe(0);
  expect(await preview.evaluate((frame) => frame.getBoundingClientRect().width)).toBe(600);
  const at600 = await snippetHeight();
  await builder.getByLabel('320 px (a phone)').check();
  await expect.poll(snippetHeight).toBeGreaterThan(at600);
  await expect.poll(async () => (await snippetHeight()) - ((await content()) ?? 0)).toBe(0);

  await builder.getByLabel('Baseline count').fill('5000');
  await expect(builder.locator('[data-builder-notices]')).toContainText('“base=5000” could not be used');
});

test('fills the walker from a teaching case', async ({ page }) => {
  const builder = page.locator('[data-embed-builder]');
  await builder.getByLabel('Widget', { exact: true }).selectOption('walker');
  const teachingCase = builder.getByLabel('Teaching case');
  const first = await teachingCase.locator('option').nth(1).textContent();
  await teachingCase.selectOption({ label: first ?? '' });
  await expect(builder.getByLabel('Age (years)', { exact: true })).not.toHaveValue('');
  await expect(builder.getByLabel('Bleeding', { exact: true })).not.toHaveValue('');
  await expect(page.locator('[data-builder-preview]')).toHaveAttribute('src', /^\/embed\/walker\/\?age=\d+&plt=/);
  // The preview loads lazily, when it comes near the screen.
  await page.locator('[data-builder-preview]').scrollIntoViewIfNeeded();
  await expect(page.frameLocator('[data-builder-preview]').getByText(/^Urgency:/)).toBeVisible();
});

test('copies the snippet, or selects it where the clipboard is refused', async ({ page }) => {
  const builder = page.locator('[data-embed-builder]');
  await builder.getByRole('button', { name: 'Copy the code' }).click();
  await expect(builder.getByRole('status')).toHaveText(/Copied to the clipboard|The code is selected/);
});

test('lists every widget with its measured height, and each teaching case as a walker embed', async ({ page }) => {
  const table = page.getByRole('table', { name: 'The widgets' });
  await expect(table.locator('tbody tr')).toHaveCount(9);
  await expect(table.getByRole('row', { name: /Regimen dose calculator/ })).toContainText(`${sizes.widgets.dose.height.toLocaleString('en-US')} px`);
  const links = page.locator('.case-embeds a', { hasText: 'walker embed' });
  await expect(links).toHaveCount(7);
  await expect(links.first()).toHaveAttribute('href', /^\/embed\/walker\/\?age=/);
});

test('axe: the builder with the walker and a teaching case chosen', async ({ page }) => {
  const builder = page.locator('[data-embed-builder]');
  await builder.getByLabel('Widget', { exact: true }).selectOption('walker');
  await builder.getByLabel('Teaching case').selectOption({ index: 1 });
  // The preview loads lazily: below the fold it stays empty, and axe finds a frame without main or h1.
  await page.locator('[data-builder-preview]').scrollIntoViewIfNeeded();
  await expect.poll(() => page.frames().some((frame) => /\/embed\/walker\/\?age=/.test(frame.url()))).toBe(true);
  await expect(page.frameLocator('[data-builder-preview]').locator('main h1')).toHaveCount(1);
  // With its live preview: the builder's frame is sandboxed, so axe's cross-frame run is needed.
  await expectAxeClean(page, { include: '[data-embed-builder]', frames: true });
});
