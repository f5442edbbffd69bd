/**
 * The teaching cases, in the order the Teach pages show them: the six scenarios of issue #9 item 6
 * (life-threatening bleeding, IVIG without corticosteroids, corticosteroid dependence, TPO-RA and
 * rituximab failure, a child, pregnancy), then an older adult for whom first line has failed. One file per
 * case in ./cases; tests/unit/teach/cases.test.ts holds each answer key to recommend().
 */
import { childMucosalBleeding } from './cases/child-mucosal-bleeding';
import { corticosteroidDependent } from './cases/corticosteroid-dependent';
import { ivigWithoutCorticosteroids } from './cases/ivig-without-corticosteroids';
import { lifeThreateningBleed } from './cases/life-threatening-bleed';
import { noResponseToFirstLine } from './cases/no-response-to-first-line';
import { pregnancy } from './cases/pregnancy';
import { tpoRaAndRituximabFailed } from './cases/tpo-ra-and-rituximab-failed';
import type { TeachingCase } from './types';

export type { Part, RichText, TeachingCase, TeachingQuestion } from './types';
export { walkerHref, walkerParams } from './links';

export const teachingCases: readonly TeachingCase[] = [
  lifeThreateningBleed,
  ivigWithoutCorticosteroids,
  corticosteroidDependent,
  tpoRaAndRituximabFailed,
  childMucosalBleeding,
  pregnancy,
  noResponseToFirstLine,
];

/** A case by id; undefined when there is none (pages turn that into a build error naming the id). */
export function teachingCase(id: string): TeachingCase | undefined {
  return teachingCases.find((entry) => entry.id === id);
}
