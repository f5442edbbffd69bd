// Finds or gets a Chromium for the end-to-end tests, and says plainly what is missing when it cannot.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { systemChromium } from './browser.mjs';

function playwrightChromium() {
  try {
    const path = chromium.executablePath();
    return existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

function run(command, args) {
  return spawnSync(command, args, { stdio: 'inherit' }).status === 0;
}

export function ensureBrowser() {
  const found = systemChromium() ?? playwrightChromium();
  if (found) return found;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    console.log('No Chromium found: installing Debian\'s chromium with apt-get…');
    if (run('apt-get', ['update']) && run('apt-get', ['install', '-y', '--no-install-recommends', 'chromium'])) {
      const installed = systemChromium();
      if (installed) return installed;
    }
  }
  console.log('Trying Playwright\'s own Chromium download…');
  if (run('npx', ['playwright', 'install', 'chromium'])) {
    const downloaded = playwrightChromium();
    if (downloaded) return downloaded;
  }
  throw new Error(
    'No Chromium for the browser tests. Install one of: Debian\'s package (`sudo apt-get install chromium`, ' +
      'expected at /usr/bin/chromium) or Playwright\'s build (`npx playwright install chromium`, needs internet).',
  );
}

export function chromiumVersion(path) {
  try {
    return execFileSync(path, ['--version'], { encoding: 'utf8' }).trim();
  } catch {
    return path;
  }
}
