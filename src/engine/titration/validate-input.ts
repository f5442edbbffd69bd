/**
 * Reads `titrate`'s untrusted input: one error per bad field, named as the caller spelt it
 * ("counts[2].day", "options.cypInteraction"). What each agent accepts is data (its `eligibility`), which
 * the caller passes for the agents it carries.
 */
import { messages as generic } from '../messages';
import { collectFields, hasErrors, mostCounts, readCountSeries } from '../plausibility';
import { fail, ok, type FieldError, type Result } from '../result';
import {
  isFieldError, isRecord, listEntries, ranges, readChoice, readOptionalBoolean, readOptionalNumber,
} from '../validate';
import { optionWords, startOptions, type Eligibility } from './eligibility';
import { messages } from './messages';
import { agents, cypInteractions, rulesets, type Agent, type CypInteraction, type Ruleset } from './types';

/**
 * A failure listing a failed read's errors (never empty) and then the others, so that a form shows every
 * problem at once.
 */
function failWith<T>(failed: FieldError[], ...others: FieldError[][]): Result<T> {
  return { ok: false, errors: [...failed, ...others.flat()] };
}

export interface Row {
  day: number;
  count: number;
  weightKg: number | undefined;
}

interface Common {
  ruleset: Ruleset;
  ageYears: number | undefined;
  eastAsianAncestry: boolean;
  hepaticImpairment: boolean;
  cypInteraction: CypInteraction | undefined;
  weightConfirmed: boolean;
  counts: Row[];
}

/** One member per agent, so that each agent's source takes exactly its own input. */
export type CleanInput =
  | (Common & { agent: 'romiplostim'; weightKg: number })
  | (Common & { agent: 'eltrombopag' })
  | (Common & { agent: 'avatrombopag' })
  | (Common & { agent: 'fostamatinib' });

interface Fields {
  agent: Agent;
  weightKg: number | undefined;
  ruleset: Ruleset | undefined;
  ageYears: number | undefined;
  eastAsianAncestry: boolean | undefined;
  hepaticImpairment: boolean | undefined;
  cypInteraction: CypInteraction | undefined;
  weightConfirmed: boolean | undefined;
}

function readFields(record: Record<string, unknown>): Result<Fields> {
  const options = record.options === undefined ? {} : record.options;
  const o = isRecord(options) ? options : {};
  const choice = <T extends string>(value: unknown, field: string, label: string, allowed: readonly T[]) =>
    value === undefined ? undefined : readChoice(value, field, label, allowed);
  return collectFields<Fields & { options: true }>({
    agent: readChoice(record.agent, 'agent', 'agent', agents),
    weightKg: readOptionalNumber(record.weightKg, 'weightKg', ranges.weightKg),
    options: isRecord(options) ? true : { field: 'options', message: generic.notAnObject('options') },
    ruleset: choice(o.ruleset, 'options.ruleset', 'rule set', rulesets),
    ageYears: readOptionalNumber(o.ageYears, 'options.ageYears', ranges.ageYears),
    eastAsianAncestry: readOptionalBoolean(o.eastAsianAncestry, 'options.eastAsianAncestry', 'East- or Southeast-Asian ancestry'),
    hepaticImpairment: readOptionalBoolean(o.hepaticImpairment, 'options.hepaticImpairment', 'hepatic impairment'),
    cypInteraction: choice(o.cypInteraction, 'options.cypInteraction', 'CYP2C9 and CYP3A4 interaction', cypInteractions),
    weightConfirmed: readOptionalBoolean(o.weightConfirmed, 'options.weightConfirmed', 'weight confirmation'),
  });
}

/** Counts in day order from day 0, each with an optional weight (romiplostim children). */
function readRows(value: unknown): Result<Row[]> {
  const series = readCountSeries(value, 'counts');
  // Holes read as missing entries, as readCountSeries reads them, so the weights line up with the counts.
  const list = listEntries(value, mostCounts) ?? [];
  const errors: FieldError[] = [];
  const first = list[0];
  const firstDay = isRecord(first) ? first.day : undefined;
  const firstDayFlagged = !series.ok && series.errors.some((error) => error.field === 'counts[0].day');
  if (typeof firstDay === 'number' && firstDay !== 0 && !firstDayFlagged) {
    errors.push({ field: 'counts[0].day', message: messages.firstDayNotZero(firstDay) });
  }
  const weights = list.map((entry, index) => {
    const read = readOptionalNumber(isRecord(entry) ? entry.weightKg : undefined, `counts[${index}].weightKg`, ranges.weightKg);
    if (!isFieldError(read)) return read;
    errors.push(read);
    return undefined;
  });
  if (!series.ok) return failWith(series.errors, errors);
  if (hasErrors(errors)) return fail(errors);
  return ok(series.value.map((entry, index) => ({ ...entry, weightKg: weights[index] })));
}

/** Errors that need the agent: options that do not apply to it, ages it does not dose, an unusable weight. */
function checkAgainstAgent(fields: Fields, rule: Eligibility, rows: readonly { weightKg: number | undefined }[]): FieldError[] {
  const errors: FieldError[] = [];
  if (fields.ruleset !== undefined && !rule.rulesets.includes(fields.ruleset)) {
    errors.push({ field: 'options.ruleset', message: messages.rulesetUsOnly(fields.agent) });
  }
  const set: Record<(typeof startOptions)[number], boolean> = {
    cypInteraction: fields.cypInteraction !== undefined,
    eastAsianAncestry: fields.eastAsianAncestry === true,
    hepaticImpairment: fields.hepaticImpairment === true,
  };
  for (const option of startOptions) {
    if (set[option] && !rule.reads.includes(option)) {
      errors.push({
        field: `options.${option}`,
        message: option === 'cypInteraction'
          ? messages.cypNotForAgent(fields.agent)
          : messages.startOptionNotForAgent(optionWords[option], fields.agent),
      });
    }
  }
  if (fields.ageYears === undefined && rule.ageRequired) {
    errors.push({ field: 'options.ageYears', message: messages.ageRequired() });
  } else if (fields.ageYears !== undefined && fields.ageYears < rule.minAgeYears) {
    errors.push({ field: 'options.ageYears', message: rule.tooYoung });
  }
  if (rule.dosedByWeight && fields.ageYears === undefined) {
    rows.forEach((row, index) => {
      if (row.weightKg !== undefined) errors.push({ field: `counts[${index}].weightKg`, message: messages.updatedWeightNeedsAge() });
    });
  }
  return errors;
}

/** The clean input for the agent, or the error that romiplostim has no weight to dose by. */
function forAgent(fields: Fields, common: Common): CleanInput | FieldError {
  if (fields.agent !== 'romiplostim') return { ...common, agent: fields.agent };
  return fields.weightKg === undefined
    ? { field: 'weightKg', message: messages.weightRequired() }
    : { ...common, agent: 'romiplostim', weightKg: fields.weightKg };
}

export function validateTitrationInput(
  input: unknown,
  eligibilityOf: (agent: Agent) => Eligibility | undefined,
): Result<CleanInput> {
  const record = isRecord(input) ? input : {};
  const fields = readFields(record);
  const rows = readRows(record.counts);
  if (!fields.ok) return failWith(fields.errors, rows.ok ? [] : rows.errors);
  const f = fields.value;
  const counts = rows.ok ? rows.value : [];
  const built = forAgent(f, {
    ruleset: f.ruleset ?? 'us-label',
    ageYears: f.ageYears,
    eastAsianAncestry: f.eastAsianAncestry === true,
    hepaticImpairment: f.hepaticImpairment === true,
    cypInteraction: f.cypInteraction,
    weightConfirmed: f.weightConfirmed === true,
    counts,
  });
  // An agent the caller does not carry has no eligibility here: `run` refuses it once the input is clean.
  const rule = eligibilityOf(f.agent);
  const agentErrors = rule === undefined ? [] : checkAgainstAgent(f, rule, counts);
  if (!rows.ok) return failWith(rows.errors, isFieldError(built) ? [built] : [], agentErrors);
  if (isFieldError(built)) return fail([built, ...agentErrors]);
  if (hasErrors(agentErrors)) return fail(agentErrors);
  return ok(built);
}
