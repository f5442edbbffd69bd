/**
 * The package's imsmanifest.xml (SCORM 1.2 Content Aggregation Model, IMS Content Packaging 1.1.2): one
 * organization, one item per teaching case, each launching its own SCO, so the LMS keeps a score and a
 * status per case. The shared script and stylesheet are one asset resource every SCO depends on.
 */
import { MASTERY_SCORE } from './scoring';

export interface ManifestCase {
  id: string;
  title: string;
}

export const PACKAGE_ID = 'itp-pathway-teaching-cases';
export const SHARED_FILES = ['shared/sco.css', 'shared/sco.js'] as const;

const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');

/** The SCO's page inside the package. */
export const scoHref = (id: string) => `cases/${id}.html`;

export function manifestXml(cases: readonly ManifestCase[], title: string): string {
  const items = cases.map((entry) => `      <item identifier="item-${entry.id}" identifierref="sco-${entry.id}" isvisible="true">
        <title>${escapeXml(entry.title)}</title>
        <adlcp:masteryscore>${MASTERY_SCORE}</adlcp:masteryscore>
      </item>`);
  const resources = cases.map((entry) => `    <resource identifier="sco-${entry.id}" type="webcontent" adlcp:scormtype="sco" href="${scoHref(entry.id)}">
      <file href="${scoHref(entry.id)}"/>
      <dependency identifierref="shared"/>
    </resource>`);
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${PACKAGE_ID}" version="1.0"
  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
  </metadata>
  <organizations default="${PACKAGE_ID}-cases">
    <organization identifier="${PACKAGE_ID}-cases">
      <title>${escapeXml(title)}</title>
${items.join('\n')}
    </organization>
  </organizations>
  <resources>
${resources.join('\n')}
    <resource identifier="shared" type="webcontent" adlcp:scormtype="asset">
${SHARED_FILES.map((file) => `      <file href="${file}"/>`).join('\n')}
    </resource>
  </resources>
</manifest>
`;
}
