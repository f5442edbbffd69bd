/**
 * The questions the graph asks about a case, as small named predicates. Conditions in the nodes are
 * built from these so each reads like the guideline sentence it encodes.
 */
import { thresholds as t } from './thresholds';
import type { CaseFacts, CaseInput } from './types';
import type { OptionId, PriorTherapy } from './vocabulary';

/** Therapies after first line (IVIG, anti-D, corticosteroids). */
const secondLineTherapies: readonly PriorTherapy[] = ['rituximab', 'tpo-ra', 'splenectomy', 'fostamatinib', 'rilzabrutinib'];

export function toFacts(input: CaseInput): CaseFacts {
  // Entries are read in the order given, so a later entry for the same therapy replaces an earlier one.
  const outcomes = new Map(input.prior.map((entry) => [entry.therapy, entry.outcome] as const));
  return {
    ageYears: input.ageYears,
    count: input.count,
    bleeding: input.bleeding,
    monthsSinceDiagnosis: input.monthsSinceDiagnosis,
    pregnant: input.pregnant === true,
    pregnancyStated: input.pregnant !== undefined,
    gestationWeeks: input.gestationWeeks,
    deliveryPlanned: input.deliveryPlanned,
    anticoagulants: input.anticoagulants === true,
    procedurePlanned: input.procedurePlanned === true,
    qualityOfLifeImpaired: input.qualityOfLifeImpaired,
    outcomes,
  };
}

export const isChild = (f: CaseFacts): boolean => f.ageYears < t.adultFromYears;
export const isNewlyDiagnosed = (f: CaseFacts): boolean => f.monthsSinceDiagnosis < t.persistentFromMonths;
export const noOrMinorBleeding = (f: CaseFacts): boolean => f.bleeding === 'none' || f.bleeding === 'minor';

export const tried = (f: CaseFacts, therapy: PriorTherapy): boolean => f.outcomes.has(therapy);
export const noResponse = (f: CaseFacts, therapy: PriorTherapy): boolean => f.outcomes.get(therapy) === 'no-response';
export const intolerant = (f: CaseFacts, therapy: PriorTherapy): boolean => f.outcomes.get(therapy) === 'intolerant';
/** Tried and did not work or could not be continued: the option moves down or drops (issue #6). */
export const failed = (f: CaseFacts, therapy: PriorTherapy): boolean => noResponse(f, therapy) || intolerant(f, therapy);

/**
 * Corticosteroids have failed as first-line treatment: no response, not tolerated, or dependence (IWG 2009
 * counts a dependent patient as a non-responder, guidelines.md §3.2; ASH 2019 recs 6–9 name dependence, §1.2).
 */
export const corticosteroidsFailed = (f: CaseFacts): boolean =>
  failed(f, 'corticosteroids') || corticosteroidDependent(f);

/** Corticosteroids were needed for 2 months or more to hold the count (IWG 2009, guidelines.md §3.2). */
export const corticosteroidDependent = (f: CaseFacts): boolean => f.outcomes.get('corticosteroids') === 'dependent';

/**
 * The count or the bleeding calls for treatment now: below 30, or bleeding beyond minor. At 30 or more
 * without bleeding, observation is reasonable for most patients (Cuker and Neunert, guidelines.md §4.2),
 * and treatment aims at a count that prevents bleeding, not a normal one (drugs.md §1, §2.7, §3.5).
 */
export const treatmentNeededNow = (f: CaseFacts): boolean => f.count < t.observeFromCount || !noOrMinorBleeding(f);

/**
 * Pregnancy is possible at this age. Our reading: the sources give no ages, and the case has no sex; from
 * 10 years (menarche can come this early) to below 60 (past the usual menopause, with room for assisted
 * pregnancy). Outside it, "pregnancy not stated" is not put to the reader (audit 3, B2).
 */
export const pregnancyPossible = (f: CaseFacts): boolean =>
  f.ageYears >= t.pregnancyPossibleFromYears && f.ageYears < t.pregnancyPossibleBelowYears;

/** Pregnancy not answered at an age where it is possible: unknown, not "no" (DESIGN.md; guidelines.md §8.2). */
export const pregnancyUnknown = (f: CaseFacts): boolean => !f.pregnancyStated && pregnancyPossible(f);

export const secondLineStarted = (f: CaseFacts): boolean => secondLineTherapies.some((therapy) => tried(f, therapy));
export const secondLineFailed = (f: CaseFacts): boolean => secondLineTherapies.some((therapy) => failed(f, therapy));

/**
 * Second-line treatment is due: corticosteroids failed, or a corticosteroid course was had and second-line
 * treatment has begun. Without any corticosteroid course it never is: IVIG failure is not corticosteroid
 * failure (DESIGN.md; ASH 2019 §1.2–1.3).
 */
export const secondLineDue = (f: CaseFacts): boolean =>
  corticosteroidsFailed(f) || (tried(f, 'corticosteroids') && secondLineStarted(f));

/** What may follow corticosteroids: an immunoglobulin, or a second-line agent. */
const afterCorticosteroids: readonly PriorTherapy[] = ['ivig', 'anti-d', ...secondLineTherapies];

/**
 * Re-check the diagnosis before escalating (guidelines.md §4.3, §9): no response to corticosteroids, and none
 * to an immunoglobulin (IVIG or anti-D) or to a later agent. THANZ: corticosteroid non-response raises the
 * chance of another diagnosis, and refractory cases often turn out not to be primary ITP. Our reading: a
 * second-line agent without response counts as the immunoglobulin does, so a history with no IVIG entry still
 * brings the re-check once later agents fail too.
 */
export const diagnosisInDoubt = (f: CaseFacts): boolean =>
  noResponse(f, 'corticosteroids') && afterCorticosteroids.some((therapy) => noResponse(f, therapy));

/** IVIG or anti-D gave no response or was not tolerated. */
export const immunoglobulinFailed = (f: CaseFacts): boolean => failed(f, 'ivig') || failed(f, 'anti-d');

/** The option each earlier therapy stands behind: a corticosteroid option repeats a corticosteroid. */
const therapyOfOption: Partial<Record<OptionId, PriorTherapy>> = {
  prednisone: 'corticosteroids',
  'dexamethasone-high-dose': 'corticosteroids',
  'methylprednisolone-pulse': 'corticosteroids',
  'tpo-ra': 'tpo-ra',
  rituximab: 'rituximab',
  splenectomy: 'splenectomy',
  fostamatinib: 'fostamatinib',
  rilzabrutinib: 'rilzabrutinib',
};

/** This option's therapy failed before (for corticosteroids, dependence counts as failure). */
export function optionFailedBefore(f: CaseFacts, option: OptionId): boolean {
  const therapy = therapyOfOption[option];
  if (therapy === undefined) return false;
  return therapy === 'corticosteroids' ? corticosteroidsFailed(f) : failed(f, therapy);
}

/** Pregnancy from 28 weeks: our reading of the ICR's "late" (thresholds.ts). Unknown gestation is not late. */
export const lateGestation = (f: CaseFacts): boolean =>
  f.gestationWeeks !== undefined && f.gestationWeeks >= t.lateGestationFromWeeks;

export const secondTrimester = (f: CaseFacts): boolean =>
  f.gestationWeeks !== undefined && f.gestationWeeks >= t.secondTrimesterFromWeeks && f.gestationWeeks < t.lateGestationFromWeeks;

/** Delivery may be near: planned, late, or the gestation is not known (unknown is not read as "far off"). */
export const deliveryMayBeNear = (f: CaseFacts): boolean =>
  f.deliveryPlanned === true || f.gestationWeeks === undefined || lateGestation(f);

/**
 * Our reading of the ICR's "very severe cases" for rituximab in pregnancy (§8.2): first line has failed
 * (corticosteroids, and IVIG or anti-D) and there is mucosal or worse bleeding or a count below 10, the band
 * with markedly higher intracranial-bleeding risk (§4.2). Each half alone is not enough.
 */
export const verySevereInPregnancy = (f: CaseFacts): boolean =>
  corticosteroidsFailed(f) && immunoglobulinFailed(f) && (!noOrMinorBleeding(f) || f.count < t.highRiskCountBelow);
