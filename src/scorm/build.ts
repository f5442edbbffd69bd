/**
 * Build time only (the download's endpoint and the Teach page's link): the package's bytes, made once per
 * build. The SCO's script is bundled here with esbuild into one classic script — a module script would
 * not run from a file — with the package's pure scoring and no engine (the answers are data).
 */
import { join } from 'node:path';
import { classicScript } from '../integrations/classic-script.mjs';
import { siteVersion } from '../lib/version';
import { referenceLabels } from '../tools/shared/reference-labels';
import { readableCitations } from '../tools/shared/note-text';
import css from './sco/sco.css?raw';
import { packageFiles, zipPackage } from './package';

/** Astro builds from the project's root (astro.config.mjs sets no other), where src/ is. */
const SCO_ENTRY = join(process.cwd(), 'src/scorm/sco/main.ts');

function scoScript(): Promise<string> {
  return classicScript(SCO_ENTRY);
}

let made: Promise<Uint8Array> | undefined;

export function scormPackage(): Promise<Uint8Array> {
  made ??= (async () => {
    const cite = readableCitations(await referenceLabels());
    const version = siteVersion.commit === null ? 'a copy without a recorded commit' : `commit ${siteVersion.commit}`;
    return zipPackage(packageFiles({ cite, script: await scoScript(), css, version }));
  })();
  return made;
}
