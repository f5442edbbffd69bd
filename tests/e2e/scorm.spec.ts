// The SCORM 1.2 package of the teaching cases in a course platform (issue #20 item 4): the built zip,
// unpacked, run inside a host page whose `window.API` is scorm-again's Scorm12API — served over HTTP from
// another origin than the site, and opened from files — and opened on its own. A learner answers a case;
// the runtime must hold the score and the status, and have been committed and finished. The package may
// load nothing from outside itself.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test, type FrameLocator, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, systemChromium } from '../../scripts/lib/browser.mjs';
import { serveDist } from '../../scripts/serve-dist.mjs';
import { teachingCases } from '../../src/teach/cases';
import { PACKAGE_PATH } from '../../src/scorm/package';
import { expectAxeClean } from './support/axe';
import { unpackLms } from './support/lms';

// Chromium gives every file its own opaque origin, so a framed SCO could not reach its host's API at all;
// offline SCORM players run Chromium with file access between files, as here. Only file pages feel it.
const executablePath = systemChromium();
test.use({ launchOptions: { ...(executablePath === undefined ? {} : { executablePath }), args: [...CHROMIUM_ARGS, '--allow-file-access-from-files'] } });

const entry = teachingCases[0];
if (entry === undefined) throw new Error('No teaching cases in src/teach/cases.ts.');
const sco = `cases/${entry.id}.html`;
// Unpacked per worker before its first test, so that listing the tests needs no build.
let folder = '';
let files: string[] = [];
test.beforeAll(() => {
  ({ folder, files } = unpackLms());
});

/**
 * Answers both graded questions: the urgency right, the first option right or wrong; then finishes with
 * the button, or (`leave`) by going nowhere and letting the platform close the frame.
 */
async function answerCase(scoFrame: FrameLocator, firstRight: boolean, leave = false): Promise<void> {
  await expect(scoFrame.locator('#lms')).toHaveText(/recording your result/);
  await expect(scoFrame.locator('#discussion')).toBeHidden();
  await scoFrame.getByRole('button', { name: 'Check my answers' }).click();
  await expect(scoFrame.getByRole('alert')).toHaveText(/Choose an answer/);
  await expect(scoFrame.locator('#discussion')).toBeHidden();
  const urgency = scoFrame.getByRole('group', { name: /How urgent/ });
  await urgency.getByLabel('Emergency', { exact: true }).check();
  const first = scoFrame.getByRole('group', { name: /rank first/ });
  await first.getByLabel(firstRight ? 'Emergency care' : 'Rituximab', { exact: true }).check();
  await scoFrame.getByRole('button', { name: 'Check my answers' }).click();
  await expect(scoFrame.locator('#score')).toHaveText(firstRight ? /2 of 2 right: a score of 100/ : /1 of 2 right: a score of 50/);
  await expect(scoFrame.locator('#discussion')).toBeVisible();
  await scoFrame.getByText('Reveal the answer').first().click();
  await expect(scoFrame.locator('.sources').first()).toHaveText(/ICR 2019/);
  if (leave) return;
  await scoFrame.getByRole('button', { name: 'Finish this case' }).click();
  await expect(scoFrame.locator('#finished')).toHaveText(/your course platform has your result/);
}

/** What scorm-again holds after the case, and the calls it received. */
async function recorded(page: Page) {
  return page.evaluate(() => {
    const win = window as unknown as { API: { cmi: { core: { score: { raw: string }; lesson_status: string } } }; lmsCalls: string[][] };
    return { raw: win.API.cmi.core.score.raw, status: win.API.cmi.core.lesson_status, calls: win.lmsCalls.map((call) => call.join(' ')) };
  });
}

function expectReported(result: Awaited<ReturnType<typeof recorded>>, raw: string, status: string): void {
  expect(result.raw).toBe(raw);
  expect(result.status).toBe(status);
  expect(result.calls[0]).toBe('LMSInitialize  true');
  expect(result.calls).toContain(`LMSSetValue cmi.core.score.raw ${raw} true`);
  expect(result.calls).toContain('LMSSetValue cmi.interactions.0.type choice true');
  expect(result.calls.filter((call) => call.startsWith('LMSCommit'))).toEqual(['LMSCommit  true', 'LMSCommit  true']);
  expect(result.calls.at(-1)).toBe('LMSFinish  true');
}

test('the Teach section links to the package, which holds a manifest and one page per case, and the offline copy leaves it out', async ({ page }) => {
  await page.goto('/teach/');
  const link = page.getByRole('link', { name: 'Download the teaching cases as a SCORM 1.2 package' });
  await expect(link).toHaveAttribute('href', PACKAGE_PATH);
  await expect(page.locator('.teach-scorm')).toHaveText(/ZIP, \d+ KB/);
  const response = await page.request.get(PACKAGE_PATH);
  expect(response.status()).toBe(200);
  expect(files).toEqual(['imsmanifest.xml', ...teachingCases.map((c) => `cases/${c.id}.html`), 'shared/sco.css', 'shared/sco.js']);
  // Chromium's own XML parser: the manifest is well-formed.
  const manifest = readFileSync(join(folder, 'package', 'imsmanifest.xml'), 'utf8');
  expect(readFileSync(join('dist', 'sw.js'), 'utf8')).not.toContain('/downloads/');
  expect(await page.evaluate((xml) => new DOMParser().parseFromString(xml, 'application/xml').getElementsByTagName('parsererror').length, manifest)).toBe(0);
});

test.describe('in a course platform served over HTTP, on another origin than the site', () => {
  let lms: Awaited<ReturnType<typeof serveDist>>;
  test.beforeAll(async () => {
    lms = await serveDist({ root: folder, port: 0, headers: false });
  });
  test.afterAll(async () => lms.close());

  test('records the score, the status and each answer in scorm-again, commits and finishes', async ({ page }) => {
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    const errors: string[] = [];
    page.on('console', (message) => { if (message.type() === 'error') errors.push(message.text()); });
    await page.goto(`${lms.url}/host.html?sco=${sco}`);
    await answerCase(page.frameLocator('iframe'), true);
    expectReported(await recorded(page), '100', 'passed');
    expect(requests.filter((url) => !url.startsWith(`${lms.url}/`))).toEqual([]);
    expect(errors).toEqual([]);
  });

  test('a wrong first option fails the case at 50, recorded as a wrong choice; closing the frame finishes', async ({ page }) => {
    await page.goto(`${lms.url}/host.html?sco=${sco}`);
    await answerCase(page.frameLocator('iframe'), false, true);
    // The platform closes the case without "Finish": the SCO's pagehide ends the session.
    await page.evaluate(() => document.querySelector('iframe')?.remove());
    const result = await recorded(page);
    expectReported(result, '50', 'failed');
    expect(result.calls).toContain('LMSSetValue cmi.interactions.1.result wrong true');
  });

  test('opened on its own, works, says nothing is recorded, passes axe and fits 320 px', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(`${lms.url}/package/${sco}`);
    await expect(page.locator('#lms')).toHaveText(/not being recorded/);
    await page.getByLabel('Emergency', { exact: true }).check();
    await page.getByLabel('Emergency care', { exact: true }).check();
    await page.keyboard.press('Enter');
    await expect(page.locator('#recorded')).toHaveText(/not recorded anywhere/);
    await expect(page.getByRole('heading', { name: 'Your result' })).toBeFocused();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await expectAxeClean(page);
    await page.emulateMedia({ colorScheme: 'dark' });
    await expectAxeClean(page);
  });
});

test.describe('in a course platform opened from files', () => {
  test('records the score and the status in scorm-again, commits and finishes', async ({ page }) => {
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await page.goto(`${pathToFileURL(join(folder, 'host.html')).href}?sco=${sco}`);
    await answerCase(page.frameLocator('iframe'), true);
    expectReported(await recorded(page), '100', 'passed');
    expect(requests.filter((url) => !url.startsWith('file://'))).toEqual([]);
  });

  test('a case opened alone from its file works and says nothing is recorded', async ({ page }) => {
    await page.goto(pathToFileURL(join(folder, 'package', sco)).href);
    await expect(page.locator('#lms')).toHaveText(/not being recorded/);
    await page.getByLabel('Urgent', { exact: true }).check();
    await page.getByLabel('Emergency care', { exact: true }).check();
    await page.getByRole('button', { name: 'Check my answers' }).click();
    await expect(page.locator('#score')).toHaveText(/1 of 2 right: a score of 50 out of 100 \(failed\)/);
    await expect(page.locator('#recorded')).toHaveText(/not recorded anywhere/);
  });
});
