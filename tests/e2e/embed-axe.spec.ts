// axe on every embed page in each theme (light, dark and projector), with a preset that fills the result,
// so the result's colours are checked too; and once each with the quiz bar and the notices showing.
import { expectAxeClean } from './support/axe';
import { expect, test } from './support/shared-page';

const presets: Record<string, string> = {
  dose: 'wt=70&ht=170&regimen=rituximab-standard',
  'titration-romiplostim': 'age=40&wt=70&counts=0:20,7:30,14:450',
  'titration-eltrombopag': 'age=40&asian=0&liver=0&counts=0:20,14:35',
  'titration-avatrombopag': 'age=40&cyp=none&counts=0:20,7:30',
  'titration-fostamatinib': 'age=40&counts=0:20,28:30',
  response: 'base=10&rbleed=0&counts=7:40,14:45',
  walker: 'age=45&plt=5&bleed=mucosal&months=1&prior=ivig:no-response',
  algorithm: '',
  overview: '',
};

for (const [widget, preset] of Object.entries(presets)) {
  for (const theme of ['light', 'dark', 'projector'] as const) {
    test(`axe: /embed/${widget}/ (${theme})`, async ({ sharedPage: page }) => {
      await page.goto(`/embed/${widget}/?${preset}${preset === '' ? '' : '&'}theme=${theme}`);
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      await expectAxeClean(page);
    });
  }
}

test('axe: the quiz bar and the notices, in the projector theme', async ({ sharedPage: page }) => {
  await page.goto('/embed/walker/?age=45&plt=5&bleed=mucosal&months=1&quiz=1&theme=projector&colour=red');
  await expect(page.getByRole('alert')).toContainText('“colour”');
  await expectAxeClean(page);
  await page.getByRole('button', { name: 'Reveal the answer' }).click();
  await expectAxeClean(page);
});
