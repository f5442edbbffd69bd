// Where the tests find Chromium: Debian's package where it is installed (no browser download is possible
// on machines with only the npm and Debian registries), otherwise Playwright's own download.
import { existsSync } from 'node:fs';

export const SYSTEM_CHROMIUM = '/usr/bin/chromium';

// Without the background-networking flags Chromium keeps trying to reach Google's hosts, which a closed
// network refuses, and --no-sandbox is needed when the tests run as root.
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function systemChromium() {
  return existsSync(SYSTEM_CHROMIUM) ? SYSTEM_CHROMIUM : undefined;
}

export function browserLaunchOptions() {
  const executablePath = systemChromium();
  return executablePath ? { executablePath, args: CHROMIUM_ARGS } : { args: CHROMIUM_ARGS };
}
