/**
 * The SCORM 1.2 package as files and as a zip: imsmanifest.xml at the root, one page per case under
 * cases/, the shared script and stylesheet under shared/. The zip's bytes depend only on its contents:
 * files in a fixed order, one fixed date, one compression level, so two builds of one commit give one zip.
 */
import { zipSync, type Zippable } from 'fflate';
import { teachingCases } from '../teach/cases';
import type { Cite } from '../tools/shared/note-text';
import { scoCase } from './content';
import { manifestXml, scoHref } from './manifest';
import { scoPage } from './page';

/** The file's name in the site's downloads; stable, without a hash, so links to it keep working. */
export const PACKAGE_FILE = 'itp-pathway-teaching-cases-scorm12.zip';
export const PACKAGE_PATH = `/downloads/${PACKAGE_FILE}`;
export const PACKAGE_TITLE = 'ITP Pathway teaching cases';

export interface PackageInput {
  cite: Cite;
  /** The bundled SCO script (src/scorm/sco/main.ts) and the stylesheet. */
  script: string;
  css: string;
  /** Which release the cases come from, as the pages' footer says it. */
  version: string;
}

/** Path in the package → text, in the order they are zipped. */
export function packageFiles({ cite, script, css, version }: PackageInput): Map<string, string> {
  const cases = teachingCases.map((entry) => scoCase(entry, cite));
  const files = new Map<string, string>([['imsmanifest.xml', manifestXml(cases, PACKAGE_TITLE)]]);
  for (const entry of cases) files.set(scoHref(entry.id), scoPage(entry, version));
  files.set('shared/sco.css', css);
  files.set('shared/sco.js', script);
  return files;
}

// Local-time fields, as a zip's DOS date stores them: the same bytes in every time zone.
const FIXED_DATE = new Date(2026, 0, 1, 0, 0, 0);

export function zipPackage(files: ReadonlyMap<string, string>): Uint8Array {
  const encoder = new TextEncoder();
  const entries: Zippable = {};
  for (const [path, text] of files) entries[path] = [encoder.encode(text), { mtime: FIXED_DATE, level: 9 }];
  return zipSync(entries, { mtime: FIXED_DATE, level: 9 });
}
