/**
 * Reads a case from untrusted input: one error per bad field, named as the caller's key
 * ("ageYears", "prior[1].therapy"), never a throw.
 */
import { formatNumber } from '../format/number';
import { messages } from '../messages';
import { fail, ok, type FieldError, type Result } from '../result';
import {
  isFieldError, isRecord, listEntries, ranges, readChoice, readNumber, readOptionalBoolean, readOptionalNumber, notGiven, type NumberRule,
} from '../validate';
import type { CaseInput, PriorTreatment } from './types';
import { bleedingLevels, priorOutcomes, priorTherapies } from './vocabulary';

/** One read per field, optional ones included: the clean value (undefined when left out) or its error. */
type Reads<T> = { [K in keyof Required<T>]: T[K] | FieldError };

/**
 * The clean case when no read failed, otherwise every error at once, in field order, so a form can mark
 * them all. The prior list's errors (one per bad entry) come in its place.
 */
function collect(reads: Reads<CaseInput>, priorErrors: FieldError[]): Result<CaseInput> {
  const [first, ...rest] = Object.entries(reads).flatMap(([key, value]) =>
    key === 'prior' ? priorErrors : [value].filter(isFieldError));
  // With no error among the reads, each holds its clean value, so Reads<CaseInput> is exactly CaseInput.
  return first ? fail([first, ...rest]) : ok(reads as CaseInput);
}

/**
 * The most earlier treatments a case can list: 8 therapies, each tried a few times, are far fewer, so a longer
 * list is not a history anyone typed (and a long sparse one would take minutes to read).
 */
const mostPrior = 100;

function readPrior(value: unknown): { prior: PriorTreatment[]; errors: FieldError[] } {
  const errors: FieldError[] = [];
  // A hole is an entry left out, reported like any entry that is not one (forEach would skip it silently).
  const entries = listEntries(value, mostPrior);
  if (entries === undefined) {
    const message = Array.isArray(value)
      ? messages.tooMany(formatNumber(mostPrior), 'earlier treatments')
      : messages.notAList('list of earlier treatments (empty if none)');
    errors.push({ field: 'prior', message });
    return { prior: [], errors };
  }
  const prior: PriorTreatment[] = [];
  entries.forEach((entry, index) => {
    const at = `prior[${index}]`;
    if (!isRecord(entry)) {
      errors.push({ field: at, message: messages.notAnObject(`earlier treatment number ${formatNumber(index + 1)}`) });
      return;
    }
    const therapy = readChoice(entry.therapy, `${at}.therapy`, 'earlier treatment', priorTherapies);
    const outcome = readChoice(entry.outcome, `${at}.outcome`, 'outcome of the earlier treatment', priorOutcomes);
    if (isFieldError(therapy)) errors.push(therapy);
    if (isFieldError(outcome)) errors.push(outcome);
    else if (!isFieldError(therapy)) prior.push({ therapy, outcome });
  });
  return { prior, errors };
}

/** Each in range, but together impossible: a typing error in one of the two (hazard: implausible input accepted). */
function readMonths(input: Record<string, unknown>, ageYears: number | FieldError): number | FieldError {
  const months = readNumber(input.monthsSinceDiagnosis, 'monthsSinceDiagnosis', ranges.monthsSinceDiagnosis);
  if (isFieldError(months) || isFieldError(ageYears) || months <= ageYears * 12) return months;
  return { field: 'monthsSinceDiagnosis', message: 'The time since diagnosis cannot be longer than the patient’s age.' };
}

/**
 * Completed weeks of gestation. Our reading: 44 weeks is the upper bound, beyond any pregnancy that is still
 * going on (post-term is 42 weeks), so a larger number is a typing error.
 */
export const gestationRule: NumberRule = { label: 'gestation', min: 0, max: 44, unit: 'weeks', example: '30 or 30.5' };

/**
 * Gestation and a planned delivery are questions about a pregnancy: given without `pregnant: true` they
 * contradict the case (a gestation for a patient marked not pregnant is a typing error, not a fact to drop).
 */
function readPregnancyDetail<T>(
  input: Record<string, unknown>, field: 'gestationWeeks' | 'deliveryPlanned', read: () => T | undefined | FieldError,
): T | undefined | FieldError {
  if (notGiven(input[field]) || input.pregnant === true) return read();
  return { field, message: `The ${field === 'gestationWeeks' ? 'gestation' : 'planned delivery answer'} applies only when the patient is pregnant: answer the pregnancy question yes, or leave it out.` };
}

/**
 * @example readCase({ ageYears: 40, count: 8, bleeding: 'minor', monthsSinceDiagnosis: 1, prior: [] }) // ok
 */
export function readCase(input: unknown): Result<CaseInput> {
  if (!isRecord(input)) return fail([{ field: 'input', message: messages.notAnObject('case') }]);
  const ageYears = readNumber(input.ageYears, 'ageYears', ranges.ageYears);
  const { prior, errors } = readPrior(input.prior);
  return collect({
    ageYears,
    count: readNumber(input.count, 'count', ranges.plateletCount),
    bleeding: readChoice(input.bleeding, 'bleeding', 'bleeding', bleedingLevels),
    monthsSinceDiagnosis: readMonths(input, ageYears),
    prior,
    pregnant: readOptionalBoolean(input.pregnant, 'pregnant', 'pregnancy answer'),
    gestationWeeks: readPregnancyDetail(input, 'gestationWeeks', () => readOptionalNumber(input.gestationWeeks, 'gestationWeeks', gestationRule)),
    deliveryPlanned: readPregnancyDetail(input, 'deliveryPlanned', () => readOptionalBoolean(input.deliveryPlanned, 'deliveryPlanned', 'planned delivery answer')),
    anticoagulants: readOptionalBoolean(input.anticoagulants, 'anticoagulants', 'anticoagulant answer'),
    procedurePlanned: readOptionalBoolean(input.procedurePlanned, 'procedurePlanned', 'planned procedure answer'),
    qualityOfLifeImpaired: readOptionalBoolean(input.qualityOfLifeImpaired, 'qualityOfLifeImpaired', 'quality of life answer'),
  }, errors);
}
