// @vitest-environment happy-dom
// The inline theme script every site page runs before first paint (src/lib/csp/theme-script.mjs), run as
// built, then Starlight's theme select's inline script after it, as a page does: a corrupted stored theme
// (issue 23 item 4) never reaches the selector it builds, and neither script throws.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { inlineScriptsOf } from '../../../src/lib/csp/starlight-scripts.mjs';
import { themeScript } from '../../../src/lib/csp/theme-script.mjs';

declare global {
  interface Window {
    StarlightThemeProvider?: { updatePickers: (theme?: string) => void };
  }
}

const [updatePickersScript = ''] = inlineScriptsOf('ThemeSelect.astro');

/** The theme select and the icon template, as Starlight renders them. */
const page = `
  <template id="theme-icons"><svg class="light"><path d="L"></path></svg><svg class="dark"><path d="D"></path></svg><svg class="auto"><path d="A"></path></svg></template>
  <starlight-theme-select><svg class="label-icon"><path d="start"></path></svg>
    <select><option value="dark">Dark</option><option value="light">Light</option><option value="auto" selected>Auto</option></select>
  </starlight-theme-select>`;

/** Runs the head's theme script, then the theme select's, as the page does; what they leave on screen. */
function loadPage() {
  new Function(themeScript())();
  new Function('StarlightThemeProvider', updatePickersScript)(window.StarlightThemeProvider);
  return {
    theme: document.documentElement.dataset.theme,
    picked: document.querySelector('select')?.value,
    icon: document.querySelector('svg.label-icon path')?.getAttribute('d'),
  };
}

const storage = Object.getOwnPropertyDescriptor(window, 'localStorage');
beforeEach(() => {
  document.body.innerHTML = page;
  delete document.documentElement.dataset.theme;
  window.localStorage.clear();
});
afterEach(() => {
  if (storage === undefined) Reflect.deleteProperty(window, 'localStorage');
  else Object.defineProperty(window, 'localStorage', storage);
});

// happy-dom's system colour scheme is light, so "follow the system" shows the light theme.
describe('a corrupted stored theme is read as no choice: the system theme, the select on Auto', () => {
  it.each([
    ['a number', '1'],
    ['an open bracket, an invalid selector', '['],
    ['markup', '"><img src=x onerror=alert(1)>'],
    ['a selector that matches another icon', 'light, .dark'],
    ['a very long value', 'x'.repeat(100_000)],
  ])('%s', (_, stored) => {
    window.localStorage.setItem('starlight-theme', stored);
    expect(loadPage()).toEqual({ theme: 'light', picked: 'auto', icon: 'A' });
  });
});

describe('a valid stored theme is kept', () => {
  it.each([
    ['dark', { theme: 'dark', picked: 'dark', icon: 'D' }],
    ['light', { theme: 'light', picked: 'light', icon: 'L' }],
    ['', { theme: 'light', picked: 'auto', icon: 'A' }],
  ])('"%s"', (stored, shown) => {
    window.localStorage.setItem('starlight-theme', stored);
    expect(loadPage()).toEqual(shown);
  });
});

it('storage that refuses access (a sandboxed frame, blocked site data) is read as no choice, without a throw', () => {
  Object.defineProperty(window, 'localStorage', {
    configurable: true,
    get: () => {
      throw new DOMException('denied', 'SecurityError');
    },
  });
  expect(loadPage()).toEqual({ theme: 'light', picked: 'auto', icon: 'A' });
});
