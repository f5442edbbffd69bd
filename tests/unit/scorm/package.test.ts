// The SCORM 1.2 package's manifest and files (issue #20 item 4): a well-formed manifest in the SCORM 1.2
// vocabulary, one item and one SCO per teaching case, every file a resource names present in the zip and
// nothing in the zip that no resource names, pages that load nothing from outside the package, and one zip
// for one set of contents.
import { unzipSync, strFromU8 } from 'fflate';
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { visibleText } from '../../../scripts/lib/html-text.mjs';
import { lintText } from '../../../scripts/lib/ismp-lint.mjs';
import { teachingCases } from '../../../src/teach/cases';
import { MASTERY_SCORE } from '../../../src/scorm/scoring';
import { packageFiles, zipPackage } from '../../../src/scorm/package';

const files = packageFiles({ cite: (citation) => citation, script: 'void 0;', css: 'body{}', version: 'commit 1234567' });
const manifestText = files.get('imsmanifest.xml') ?? '';

function parse(text: string, type: 'application/xml' | 'text/html' = 'application/xml'): Document {
  return new new Window().DOMParser().parseFromString(text, type) as unknown as Document;
}

const manifest = parse(manifestText);
const all = (name: string) => [...manifest.getElementsByTagName(name)];

describe('imsmanifest.xml', () => {
  it('is well-formed XML at the root of the package, declaring ADL SCORM 1.2', () => {
    expect(manifestText.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
    expect(all('parsererror')).toEqual([]);
    expect(manifest.documentElement.tagName.toLowerCase()).toBe('manifest');
    expect(all('schema').map((node) => node.textContent)).toEqual(['ADL SCORM']);
    expect(all('schemaversion').map((node) => node.textContent)).toEqual(['1.2']);
    expect(manifestText).toContain('xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"');
  });

  it('has one organization with one item per teaching case, each with its title and the mastery score', () => {
    expect(all('organization')).toHaveLength(1);
    const items = all('item');
    expect(items.map((item) => item.getAttribute('identifierref'))).toEqual(teachingCases.map((entry) => `sco-${entry.id}`));
    expect(items.map((item) => item.getElementsByTagName('title')[0]?.textContent)).toEqual(teachingCases.map((entry) => entry.title));
    for (const item of items) expect(item.getElementsByTagName('adlcp:masteryscore')[0]?.textContent).toBe(String(MASTERY_SCORE));
  });

  it('launches each case as its own SCO, and every file a resource names is in the package', () => {
    const resources = all('resource');
    const scos = resources.filter((resource) => resource.getAttribute('adlcp:scormtype') === 'sco');
    expect(scos.map((resource) => resource.getAttribute('href'))).toEqual(teachingCases.map((entry) => `cases/${entry.id}.html`));
    const ids = new Set(resources.map((resource) => resource.getAttribute('identifier')));
    for (const sco of scos) {
      for (const dependency of [...sco.getElementsByTagName('dependency')]) expect(ids).toContain(dependency.getAttribute('identifierref'));
    }
    const named = all('file').map((file) => file.getAttribute('href') ?? '');
    expect(new Set(named)).toEqual(new Set([...files.keys()].filter((path) => path !== 'imsmanifest.xml')));
  });
});

describe('the SCO pages', () => {
  const pages = [...files].filter(([path]) => path.startsWith('cases/'));

  it.each(pages)('%s loads only files of the package, with no inline script', (_path, html) => {
    const refs = [...html.matchAll(/\b(?:src|href)="([^"]*)"/g)].map((match) => match[1] ?? '');
    expect(refs).toEqual(['../shared/sco.css', '../shared/sco.js']);
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)/);
    expect(html).not.toMatch(/https?:\/\//);
    expect(html).toContain("script-src 'self'");
  });

  it.each(pages)('%s passes the ISMP lint the site’s pages pass (doses, units, numbers)', (_path, html) => {
    expect(lintText(visibleText(html))).toEqual([]);
  });

  it.each(pages)('%s names the release it was built from, so a copy kept in a platform can be checked against the site', (_path, html) => {
    expect(html).toContain('ITP Pathway, version of commit 1234567.');
  });

  it('asks both graded questions before the discussion, which starts hidden', () => {
    const html = files.get(`cases/${teachingCases[0]?.id ?? ''}.html`) ?? '';
    const doc = parse(html, 'text/html');
    expect(html.indexOf('data-graded="urgency"')).toBeLessThan(html.indexOf('id="discussion"'));
    expect(html).toMatch(/<section id="discussion"[^>]* hidden>/);
    expect(doc.getElementsByTagName('fieldset')).toHaveLength(2);
  });
});

describe('the zip', () => {
  it('holds the files as written, the manifest at its root', () => {
    const unzipped = unzipSync(zipPackage(files));
    expect(Object.keys(unzipped)).toEqual([...files.keys()]);
    expect(strFromU8(unzipped['imsmanifest.xml'] ?? new Uint8Array())).toBe(manifestText);
  });

  it('is the same bytes every time for the same files (no build time inside)', () => {
    expect(zipPackage(files)).toEqual(zipPackage(new Map(files)));
  });
});
