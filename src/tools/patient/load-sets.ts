/**
 * What one case makes "Your patient" load at once (build time and tests only; the page's script never imports
 * it): its population's algorithm part or parts (walker/parts.ts) and the regimens of the options it shows
 * first (doses.ts). The budget check weighs each such set as one choice (Tool.astro, `data-loaded-together`),
 * so the page is held to what a reader's case really loads, not to its largest single script.
 *
 * The sets are found by walking a grid of cases through the engine (about 32,000, a second or two at build
 * time): every population (infants, children, adolescents either side of 18, adults, older adults; pregnancy
 * not stated, and by trimester with delivery planned or not), counts around 10, 20, 30, 50 and 100, every
 * bleeding level, newly diagnosed to chronic, histories from none to every second-line agent failed, and the
 * flags that change the urgency or the options. A property (load-sets.test.ts) holds random cases to them.
 */
import { bleedingLevels, partsFor, recommend, type CaseInput, type PriorTreatment } from '../../engine';
import { scriptsFor } from '../walker/parts';
import { regimensShown } from './state';

/** The scripts one case loads: its parts' and its first options' regimens; none when the engine refuses the case. */
export function loadedFor(input: CaseInput): string[] {
  const result = recommend(input);
  if (!result.ok) return [];
  const parts = scriptsFor(partsFor({ ageYears: input.ageYears, pregnant: input.pregnant === true }));
  return [...parts, ...regimensShown(result.value.options)];
}

const failed = (therapy: PriorTreatment['therapy'], outcome: PriorTreatment['outcome'] = 'no-response'): PriorTreatment => ({ therapy, outcome });
const histories: readonly PriorTreatment[][] = [
  [],
  [failed('ivig')],
  [failed('ivig'), failed('corticosteroids', 'dependent')],
  [failed('ivig'), failed('corticosteroids')],
  [failed('corticosteroids', 'intolerant')],
  [failed('ivig', 'response'), failed('corticosteroids', 'intolerant')],
  [failed('splenectomy'), failed('corticosteroids', 'intolerant')],
  [failed('rituximab', 'response'), failed('tpo-ra', 'intolerant')],
  [failed('ivig'), failed('corticosteroids', 'dependent'), failed('tpo-ra')],
  [failed('ivig'), failed('corticosteroids', 'dependent'), failed('tpo-ra'), failed('rituximab')],
  [failed('ivig'), failed('corticosteroids', 'dependent'), failed('tpo-ra'), failed('rituximab'), failed('splenectomy')],
  [failed('ivig'), failed('corticosteroids', 'dependent'), failed('tpo-ra'), failed('rituximab'), failed('splenectomy'), failed('fostamatinib'), failed('rilzabrutinib')],
];
/** The flags that change the urgency or the options: none, a planned procedure, anticoagulants with a child's quality of life. */
const flags: readonly Partial<CaseInput>[] = [{}, { procedurePlanned: true }, { anticoagulants: true, qualityOfLifeImpaired: true }];

function* caseGrid(): Generator<CaseInput> {
  for (const ageYears of [0.5, 8, 12, 17, 18, 45, 80]) {
    const pregnancies: readonly Partial<CaseInput>[] = ageYears < 12 ? [{}]
      : [{}, { pregnant: true, gestationWeeks: 10 }, { pregnant: true, gestationWeeks: 20, deliveryPlanned: false }, { pregnant: true, gestationWeeks: 37, deliveryPlanned: true }];
    for (const pregnancy of pregnancies) for (const count of [2, 15, 40, 113]) for (const bleeding of bleedingLevels) {
      for (const monthsSinceDiagnosis of [0.5, 6, 14]) for (const prior of histories) for (const flag of flags) {
        yield { ageYears, count, bleeding, monthsSinceDiagnosis, prior, ...pregnancy, ...flag };
      }
    }
  }
}

/** The sets of two or more scripts that cases load together, each not contained in another. */
export function patientLoadSets(cases: Iterable<CaseInput> = caseGrid()): string[][] {
  const found = new Map<string, string[]>();
  for (const input of cases) {
    const set = [...new Set(loadedFor(input))].sort();
    if (set.length > 1) found.set(set.join('+'), set);
  }
  const sets = [...found.values()];
  return sets.filter((set) => !sets.some((other) => other.length > set.length && set.every((script) => other.includes(script))));
}
