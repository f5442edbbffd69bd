/**
 * The discretised case space the invariants are checked over (issue #17). Two grids, so that every dimension
 * is crossed with every other without the product growing past what a test runs in seconds:
 *
 * 1. The full grid: every age (at the edges of the infant, 1–5, 6–17, adult and 60-plus bands), pregnancy
 *    state, bleeding grade, count (at and around 10, 20, 30 and 50, and one high value), time since diagnosis
 *    (around 3 and 12 months) and, for children, quality of life yes, no and not stated; crossed with the
 *    route histories, one for each way the history steers the algorithm.
 * 2. The history grid: every history of the full set (all 125 combinations of corticosteroids, IVIG and
 *    anti-D, each absent or with each outcome; and each second-line therapy with each outcome after no
 *    corticosteroid, after corticosteroid non-response and after dependence), crossed with a smaller grid of
 *    the other dimensions at their decisive values.
 *
 * Nothing is built on import: enumerateCases() yields one case at a time.
 */
import { priorOutcomes } from '../vocabulary';
import type { CaseInput, PriorTreatment } from '../types';
import { bleedingLevels, type PriorOutcome, type PriorTherapy } from '../vocabulary';

type Pregnancy = Pick<CaseInput, 'pregnant' | 'gestationWeeks' | 'deliveryPlanned'>;

const nr = (therapy: PriorTherapy): PriorTreatment => ({ therapy, outcome: 'no-response' });
const entry = (therapy: PriorTherapy, outcome: PriorOutcome): PriorTreatment => ({ therapy, outcome });

/** Pregnant: each trimester by gestation (10, 20, 27.9 and 28 weeks around "late"), delivery planned, gestation unknown. */
const pregnancies: readonly Pregnancy[] = [
  { pregnant: true, gestationWeeks: 10 },
  { pregnant: true, gestationWeeks: 20 },
  { pregnant: true, gestationWeeks: 27.9 },
  { pregnant: true, gestationWeeks: 28 },
  { pregnant: true, gestationWeeks: 36, deliveryPlanned: true },
  { pregnant: true },
  { pregnant: true, deliveryPlanned: true },
];

export const caseSpace = {
  ages: [0.5, 1, 4.9, 5, 12, 17.9, 18, 45, 59.9, 60, 80],
  /** Pregnancy is enumerated only at plausible ages; below 12 the question is left unanswered. */
  pregnancyAges: [17.9, 18, 45],
  pregnancies,
  counts: [9, 10, 19, 20, 29, 30, 49, 50, 150],
  months: [0.5, 2.99, 3, 6, 11.99, 12, 24],
  qualityOfLife: [undefined, true, false],
  /** One history for each way the history steers the walk. */
  routeHistories: [
    [], [nr('ivig')],
    ...(['response', 'dependent', 'no-response', 'intolerant'] as const).map((outcome) => [nr('ivig'), entry('corticosteroids', outcome)]),
    [nr('anti-d'), nr('corticosteroids')],
    [nr('ivig'), nr('tpo-ra')],
    [nr('ivig'), nr('corticosteroids'), nr('tpo-ra')],
    [nr('ivig'), entry('corticosteroids', 'dependent'), nr('tpo-ra'), nr('rituximab')],
    [nr('ivig'), nr('corticosteroids'), entry('tpo-ra', 'intolerant'), nr('rituximab'), nr('splenectomy')],
    [entry('ivig', 'intolerant'), entry('corticosteroids', 'response'), entry('rituximab', 'response')],
  ] as readonly (readonly PriorTreatment[])[],
  /** The smaller grid the full history set is crossed with. */
  historyGrid: { ages: [4.9, 12, 45, 80], counts: [9, 29, 30], months: [2.99, 3, 12], pregnancies: [pregnancies[1], pregnancies[3], pregnancies[4]] },
} as const;

/** Absent, or each outcome: the five states of one therapy. */
const states = (therapy: PriorTherapy): (PriorTreatment | undefined)[] => [undefined, ...priorOutcomes.map((outcome) => entry(therapy, outcome))];

/** The full history set: 125 first-line combinations, then 20 second-line entries after each of three bases. */
export function* allHistories(): Generator<PriorTreatment[]> {
  for (const steroid of states('corticosteroids')) {
    for (const ivig of states('ivig')) {
      for (const antiD of states('anti-d')) yield [ivig, antiD, steroid].filter((item) => item !== undefined);
    }
  }
  const bases: PriorTreatment[][] = [[nr('ivig')], [nr('ivig'), nr('corticosteroids')], [nr('ivig'), entry('corticosteroids', 'dependent')]];
  for (const base of bases) {
    for (const therapy of ['tpo-ra', 'rituximab', 'splenectomy', 'fostamatinib', 'rilzabrutinib'] as const) {
      for (const outcome of priorOutcomes) yield [...base, entry(therapy, outcome)];
    }
  }
}

/** The pregnancy states and quality-of-life answers enumerated at one age. */
function variants(age: number, pregnancyStates: readonly Pregnancy[], qualityOfLife: readonly (boolean | undefined)[]): Partial<CaseInput>[] {
  const child = age < 18;
  const notPregnant: Partial<CaseInput>[] = age < 12 ? [{}] : child ? [{}] : [{}, { pregnant: false }];
  const withQuality = child ? notPregnant.flatMap((base) => qualityOfLife.map((q) => (q === undefined ? base : { ...base, qualityOfLifeImpaired: q }))) : notPregnant;
  return caseSpace.pregnancyAges.some((a) => a === age) ? [...withQuality, ...pregnancyStates] : withQuality;
}

interface Grid { ages: readonly number[]; counts: readonly number[]; months: readonly number[]; pregnancies: readonly Pregnancy[] }

function* grid(g: Grid, histories: Iterable<readonly PriorTreatment[]>): Generator<CaseInput> {
  const list = [...histories];
  for (const ageYears of g.ages) {
    const extras = variants(ageYears, g.pregnancies, caseSpace.qualityOfLife);
    for (const monthsSinceDiagnosis of g.months) {
      if (monthsSinceDiagnosis > ageYears * 12) continue;
      for (const bleeding of bleedingLevels) {
        for (const count of g.counts) {
          for (const extra of extras) {
            for (const prior of list) yield { ageYears, count, bleeding, monthsSinceDiagnosis, prior: [...prior], ...extra };
          }
        }
      }
    }
  }
}

/** Every case of both grids, one at a time. */
export function* enumerateCases(): Generator<CaseInput> {
  yield* grid({ ...caseSpace, pregnancies: caseSpace.pregnancies }, caseSpace.routeHistories);
  yield* grid(caseSpace.historyGrid, allHistories());
}
