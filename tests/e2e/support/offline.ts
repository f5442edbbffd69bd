/** Helpers for the offline tests: hosts, the service worker's version, going offline, the offline copy. */
import { expect, type BrowserContext, type Page } from '@playwright/test';
import { serveDist } from '../../../scripts/serve-dist.mjs';
import type { Release } from './releases';

export type Host = Awaited<ReturnType<typeof serveDist>>;

/** A host for `release` on a free port (collision-free beside other developers' fixed ports). */
export function host(release: Release, options: { headers?: boolean; cacheControl?: string } = {}): Promise<Host> {
  return serveDist({ root: release.dir, port: 0, ...options });
}

/** The version of the service worker controlling `page`, or '' when none answers. */
export function workerVersion(page: Page): Promise<string> {
  return page.evaluate(() => new Promise<string>((resolve) => {
    const workers = navigator.serviceWorker;
    const controller = workers.controller;
    if (controller === null) {
      resolve('');
      return;
    }
    const listen = (event: MessageEvent<{ type?: string; version?: string } | null>) => {
      if (event.data?.type !== 'itp-pathway:version') return;
      workers.removeEventListener('message', listen);
      resolve(event.data.version ?? '');
    };
    workers.addEventListener('message', listen);
    controller.postMessage({ type: 'itp-pathway:version' });
    setTimeout(() => resolve(''), 1000);
  }));
}

/** Waits until `page` is controlled by the worker of `release` (its offline copy complete and active). */
export async function expectOfflineCopy(page: Page, release: Release): Promise<void> {
  await expect.poll(async () => {
    const version = await workerVersion(page);
    if (version === release.version) return version;
    // On failure, say where the new worker stopped.
    const state = await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      return JSON.stringify({ installing: registration?.installing?.state, waiting: registration?.waiting?.state, active: registration?.active?.state });
    });
    return `${version} ${state}`;
  }, { timeout: 30_000 }).toBe(release.version);
}

/**
 * No signal: the browser is offline and the host drops every connection, so the worker's own requests
 * fail too (the browser's offline switch may not reach them).
 */
export async function setOnline(context: BrowserContext, server: Host, online: boolean): Promise<void> {
  await context.setOffline(!online);
  server.setReachable(online);
}

/** Deletes entries from the offline copy, as a browser evicting storage would. */
export function evict(page: Page, paths: string[]): Promise<number> {
  return page.evaluate(async (gone) => {
    const cache = await caches.open('itp-pathway-precache');
    let count = 0;
    for (const request of await cache.keys()) {
      if (gone.includes(new URL(request.url).pathname) && (await cache.delete(request))) count += 1;
    }
    return count;
  }, paths);
}

/** Whether the offline copy holds every one of `paths`. */
export function saved(page: Page, paths: string[]): Promise<boolean> {
  return page.evaluate(async (wanted) => {
    const cache = await caches.open('itp-pathway-precache');
    const have = new Set((await cache.keys()).map((request) => new URL(request.url).pathname));
    return wanted.every((path) => have.has(path));
  }, paths);
}
