/**
 * The release a reader is reading: when it was built and from which commit, set once per build
 * (astro.config.mjs, src/integrations/build-version.mjs). The one place to read it from: the About page
 * shows it, the update notice compares it (through the page's `#itp-pathway-update` template), and a copied
 * note or the Verification page should quote `siteVersion.label` so a reader can say which version they used.
 */
import { formatLongDate } from './dates';

export interface SiteVersion {
  /** The build time, ISO 8601 in UTC to the second; null outside a build (unit tests). */
  built: string | null;
  /** The short git hash the build came from; null when built without git. */
  commit: string | null;
  /** Sorts by build time; what each page (HeadMeta.astro) and the service worker carry. */
  id: string;
  /** For readers: "7 December 2026, commit 1a2b3c4". */
  label: string;
}

export function describeVersion(built: string | null, commit: string | null): SiteVersion {
  const when = built === null ? null : new Date(built);
  const date = when === null || Number.isNaN(when.getTime()) ? 'a development copy' : formatLongDate(when);
  const from = commit === null ? 'commit not recorded' : `commit ${commit}`;
  const id = built === null ? '' : commit === null ? built : `${built}+${commit}`;
  return { built: when === null ? null : built, commit, id, label: `${date}, ${from}` };
}

const env = import.meta.env;

export const siteVersion: SiteVersion = describeVersion(env.ITP_BUILT ?? null, env.ITP_COMMIT ? env.ITP_COMMIT : null);
