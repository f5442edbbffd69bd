/**
 * The context a regimen's rules are chosen by (age group, paediatric prednisone schedule): read from a
 * patient for `plan`, or from a caller who wants the rules without a patient (`regimenRules`).
 */
import { messages } from '../messages';
import { collectFields } from '../plausibility';
import { fail, ok, type Result } from '../result';
import { isRecord, readChoice, readOptionalBoolean } from '../validate';
import { isChild } from './patient';
import {
  ageGroups, prednisoneRules, type AgeGroup, type ItemSpec, type Patient, type PopulationLimit, type PrednisoneRule, type RuleContext,
} from './types';

/**
 * The rules a plan applies: a child's when the patient is under 18, the adult's otherwise (age not given
 * included); pregnancy's where a regimen has its own rules for it.
 */
export function ruleContext(patient: Patient): RuleContext {
  return {
    ageGroup: isChild(patient) === true ? 'child' : 'adult',
    ...(patient.prednisoneRule === undefined ? {} : { prednisoneRule: patient.prednisoneRule }),
    ...(patient.pregnant === true ? { pregnant: true } : {}),
  };
}

/** Reads a caller's context, `{ ageGroup: 'adult' | 'child', prednisoneRule?, pregnant? }`: one error per bad field. */
export function readRuleContext(input: unknown): Result<RuleContext> {
  if (!isRecord(input)) return fail([{ field: 'context', message: messages.notAnObject('context') }]);
  const read = collectFields<{ ageGroup: AgeGroup; prednisoneRule: PrednisoneRule | undefined; pregnant: boolean | undefined }>({
    ageGroup: readChoice(input.ageGroup, 'ageGroup', 'age group', ageGroups),
    prednisoneRule: input.prednisoneRule === undefined
      ? undefined
      : readChoice(input.prednisoneRule, 'prednisoneRule', 'prednisone rule', prednisoneRules),
    pregnant: readOptionalBoolean(input.pregnant, 'pregnant', 'pregnancy status'),
  });
  if (!read.ok) return read;
  const { ageGroup, prednisoneRule, pregnant } = read.value;
  return ok({
    ageGroup,
    ...(prednisoneRule === undefined ? {} : { prednisoneRule }),
    ...(pregnant === true ? { pregnant } : {}),
  });
}

/** A copy of an item's data, so that a caller who changes it cannot change what the engine plans. */
export function copySpec(spec: ItemSpec): ItemSpec {
  const dose = spec.dose.basis === 'flat' || spec.dose.cap === undefined
    ? { ...spec.dose }
    : { ...spec.dose, cap: { ...spec.dose.cap } };
  return { ...spec, dose, citations: [...spec.citations] };
}

/** A copy of a limit, likewise. */
export function copyLimit(limit: PopulationLimit): PopulationLimit {
  return { ...limit };
}
