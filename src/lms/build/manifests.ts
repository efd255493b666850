/**
 * The manifests an LMS reads on upload: imsmanifest.xml (SCORM 1.2, SCORM 2004 4th edition) and cmi5.xml.
 * A package in another language than English declares it where the standard has a place: the metadata's
 * LOM record (IMS Metadata 1.2.1 in SCORM 1.2, IEEE LOM in SCORM 2004: title, language, description) and
 * cmi5's langstrings. The English manifests declare no LOM record, as before (cmi5 says en-US).
 */
import { xml } from '../../lib/export/qti.ts';
import { DEFAULT_LANG, type Lang } from '../../i18n/keys.ts';
import { MASTERY } from '../player/content.ts';

export interface ManifestInput {
  packageId: string;
  title: string;
  description: string;
  files: readonly string[];
  lang?: Lang;
}

/** The region a language's cmi5 langstrings name (RFC 5646 tags as the cmi5 examples use them). */
const LANG_TAGS: Record<Lang, string> = { en: 'en-US', nl: 'nl-NL' };

function scorm12Lom({ title, description, lang = DEFAULT_LANG }: ManifestInput): string {
  if (lang === DEFAULT_LANG) return '';
  const s = (text: string) => `<imsmd:langstring xml:lang="${lang}">${xml(text)}</imsmd:langstring>`;
  return `
    <imsmd:lom xmlns:imsmd="http://www.imsglobal.org/xsd/imsmd_rootv1p2p1">
      <imsmd:general>
        <imsmd:title>${s(title)}</imsmd:title>
        <imsmd:language>${lang}</imsmd:language>
        <imsmd:description>${s(description)}</imsmd:description>
      </imsmd:general>
    </imsmd:lom>`;
}

function scorm2004Lom({ title, description, lang = DEFAULT_LANG }: ManifestInput): string {
  if (lang === DEFAULT_LANG) return '';
  const s = (text: string) => `<string language="${lang}">${xml(text)}</string>`;
  return `
    <lom xmlns="http://ltsc.ieee.org/xsd/LOM">
      <general>
        <title>${s(title)}</title>
        <language>${lang}</language>
        <description>${s(description)}</description>
      </general>
    </lom>`;
}

const fileList = (files: readonly string[]) => files.map((f) => `      <file href="${xml(f)}"/>`).join('\n');

export function scorm12Manifest(input: ManifestInput): string {
  const { packageId, title, files } = input;
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${xml(packageId)}" version="1.0"
  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>${scorm12Lom(input)}
  </metadata>
  <organizations default="${xml(packageId)}-org">
    <organization identifier="${xml(packageId)}-org">
      <title>${xml(title)}</title>
      <item identifier="${xml(packageId)}-item" identifierref="${xml(packageId)}-sco" isvisible="true">
        <title>${xml(title)}</title>
        <adlcp:masteryscore>${Math.round(MASTERY * 100)}</adlcp:masteryscore>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="${xml(packageId)}-sco" type="webcontent" adlcp:scormtype="sco" href="index.html">
${fileList(files)}
    </resource>
  </resources>
</manifest>
`;
}

export function scorm2004Manifest(input: ManifestInput): string {
  const { packageId, title, files } = input;
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${xml(packageId)}" version="1"
  xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3"
  xmlns:adlseq="http://www.adlnet.org/xsd/adlseq_v1p3"
  xmlns:adlnav="http://www.adlnet.org/xsd/adlnav_v1p3"
  xmlns:imsss="http://www.imsglobal.org/xsd/imsss">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>2004 4th Edition</schemaversion>${scorm2004Lom(input)}
  </metadata>
  <organizations default="${xml(packageId)}-org">
    <organization identifier="${xml(packageId)}-org">
      <title>${xml(title)}</title>
      <item identifier="${xml(packageId)}-item" identifierref="${xml(packageId)}-sco" isvisible="true">
        <title>${xml(title)}</title>
        <imsss:sequencing>
          <imsss:objectives>
            <imsss:primaryObjective objectiveID="pass-mark" satisfiedByMeasure="true">
              <imsss:minNormalizedMeasure>${MASTERY}</imsss:minNormalizedMeasure>
            </imsss:primaryObjective>
          </imsss:objectives>
          <imsss:deliveryControls completionSetByContent="true" objectiveSetByContent="true"/>
        </imsss:sequencing>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="${xml(packageId)}-sco" type="webcontent" adlcp:scormType="sco" href="index.html">
${fileList(files)}
    </resource>
  </resources>
</manifest>
`;
}

/** cmi5 course structure: one AU; the LMS moves on when it is completed and passed at the mastery score. */
export function cmi5CourseStructure({
  packageId,
  title,
  description,
  lang: language = DEFAULT_LANG,
}: ManifestInput): string {
  const lang = (s: string) => `<langstring lang="${LANG_TAGS[language]}">${xml(s)}</langstring>`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<courseStructure xmlns="https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd">
  <course id="urn:usm-trainer:course:${xml(packageId)}">
    <title>${lang(title)}</title>
    <description>${lang(description)}</description>
  </course>
  <au id="urn:usm-trainer:au:${xml(packageId)}" moveOn="CompletedAndPassed" masteryScore="${MASTERY}" launchMethod="AnyWindow">
    <title>${lang(title)}</title>
    <description>${lang(description)}</description>
    <url>index.html</url>
  </au>
</courseStructure>
`;
}
