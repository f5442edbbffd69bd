// @vitest-environment happy-dom
// "Copy link to this case": the address as it stands at the click, with the warning that it carries the patient.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ShareLink } from './ShareLink';
import { cleanup, mount, settle } from '../test-support';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  document.body.innerHTML = '';
});

describe('ShareLink', () => {
  it('says the link contains the patient’s details, and copies the address with its fragment when asked', async () => {
    const writeText = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    window.history.replaceState(null, '', '/tools/dose-calculator/#wt=71.3');
    const root = mount(<ShareLink />);
    expect(root.textContent).toContain('The link contains this patient’s details');
    expect(writeText).not.toHaveBeenCalled();
    root.querySelector('button')?.click();
    await settle();
    expect(writeText).toHaveBeenCalledWith(expect.stringMatching(/\/tools\/dose-calculator\/#wt=71\.3$/));
    expect(root.querySelector('[role="status"]')?.textContent).toBe('Link copied.');
  });

  it('in an embed, copies the full page’s link, and shows it selected where the clipboard is refused', async () => {
    Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
    document.body.insertAdjacentHTML('beforeend', '<a data-open-link href="/tools/dose-calculator/#wt=70">Open in ITP Pathway</a>');
    const root = mount(<ShareLink />);
    root.querySelector('button')?.click();
    await settle();
    const box = root.querySelector('input');
    expect(box?.value).toMatch(/\/tools\/dose-calculator\/#wt=70$/);
    expect(document.activeElement).toBe(box);
  });
});
