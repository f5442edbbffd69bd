/**
 * Units the forms accept: a small closed vocabulary, not a general parser. Each converter takes what was typed
 * (text, read by the separator rules of typed-number.ts) or a number, and returns the value in the engine's
 * unit (platelets ×10⁹/L, weight kg, height cm, haemoglobin g/dL) or a field error in plain words. It catches
 * the commonest slip: a number typed in one unit while another unit is selected, which blocks the result and
 * names the unit the number was probably in.
 * Factors are exact by definition: 1 lb = 0.45359237 kg, 1 in = 2.54 cm, 1 g/dL = 10 g/L, and
 * 1 ×10⁹/L = 1 ×10³/µL = 1,000 /µL (drugs.md, "Conventions").
 */
import { formatAmount } from './format/amount';
import { decisionThresholds, formatBeside } from './format/threshold';
import { formatNumber, largestShown } from './format/number';
import { fail, ok, type FieldError, type Note, type Result } from './result';
import { readRaw, type TypedError } from './typed-input';
import { callerText, isFieldError, ranges, readChoice, readNumber, type NumberRule } from './validate';

export const plateletUnits = ['x10^9/L', 'x10^3/uL', '/uL'] as const;
export type PlateletUnit = (typeof plateletUnits)[number];
export const weightUnits = ['kg', 'lb'] as const;
export type WeightUnit = (typeof weightUnits)[number];
export const heightUnits = ['cm', 'in'] as const;
export type HeightUnit = (typeof heightUnits)[number];
export const haemoglobinUnits = ['g/dL', 'g/L'] as const;
export type HaemoglobinUnit = (typeof haemoglobinUnits)[number];
type AnyUnit = PlateletUnit | WeightUnit | HeightUnit | HaemoglobinUnit;

/** How each unit is written for a reader. */
export const unitLabels: Record<AnyUnit, string> = {
  'x10^9/L': '×10⁹/L', 'x10^3/uL': '×10³/µL', '/uL': '/µL',
  kg: 'kg', lb: 'lb', cm: 'cm', in: 'in', 'g/dL': 'g/dL', 'g/L': 'g/L',
};

/** What one of each unit is in the engine's unit. */
const factors: Record<AnyUnit, number> = {
  'x10^9/L': 1, 'x10^3/uL': 1, '/uL': 1 / 1000, kg: 1, lb: 0.45359237, cm: 1, in: 2.54, 'g/dL': 1, 'g/L': 1 / 10,
};

/** A number as typed in its unit, with the decimals that keep it on its side of each threshold. */
function inUnit<U extends AnyUnit>(q: Quantity<U>, raw: number, unit: U): string {
  return `${formatBeside(raw, (q.thresholds ?? []).map((t) => t / factors[unit]), 2)} ${unitLabels[unit]}`;
}

/** A value in the engine's unit, likewise. */
function inEngineUnit<U extends AnyUnit>(q: Quantity<U>, value: number): string {
  return `${formatBeside(value, q.thresholds ?? [], 2)} ${q.rule.unit}`;
}

interface Quantity<U extends AnyUnit> {
  rule: NumberRule & { unit: string };
  units: readonly U[];
  /** Thresholds the engine decides on, in the engine's unit: values near them are shown on their side. */
  thresholds?: readonly number[];
  /** For a unit that is easy to pick by mistake, the unit the number is then probably in. */
  confusedWith?: Partial<Record<U, U>>;
  /** What to type, in a unit whose numbers look unlike the rule's example ("like 45 or 12.5" is refused per µL). */
  examples?: Partial<Record<U, string>>;
}

export { readTypedValue } from './typed-input';

/** Units in which numbers in thousands are ordinary, so that "8,000" is eight thousand (typed-number.ts). */
const thousandScale: readonly AnyUnit[] = ['/uL'];

/**
 * "230,000" with ×10⁹/L chosen is ambiguous, and its thousands reading is no platelet count in that unit:
 * the question then also names the unit in which it would be one.
 */
function withPlausibility<U extends AnyUnit>(quantity: Quantity<U>, error: TypedError, chosen: U): FieldError {
  const { field, message, thousands } = error;
  if (thousands === undefined || thousands * factors[chosen] <= quantity.rule.max) return { field, message };
  const other = quantity.confusedWith?.[chosen];
  // Where there is no unit to choose (countInEngineUnit), the same count in the one unit there is.
  const where = other !== undefined && thousands * factors[other] <= quantity.rule.max
    ? (quantity.units.includes(other) ? ` If it is a value in ${unitLabels[other]}, choose ${unitLabels[other]}.`
      : ` If it is a value in ${unitLabels[other]}, enter it in ${quantity.rule.unit}: ${inEngineUnit(quantity, thousands * factors[other])}.`)
    : '';
  return { field, message: `${message} ${inUnit(quantity, thousands, chosen)} is not a plausible ${quantity.rule.label}.${where}` };
}

/** Reads, converts and range-checks one value, reporting a problem with the number and the unit together. */
function toEngineUnit<U extends AnyUnit>(
  quantity: Quantity<U>, value: unknown, unit: unknown, field: string,
): Result<{ raw: number; chosen: U; value: number }> {
  const { rule } = quantity;
  const chosen = readChoice(unit, `${field}Unit`, `${rule.label} unit`, quantity.units);
  const scale = !isFieldError(chosen) && thousandScale.includes(chosen) ? 'thousands' : 'plain';
  const example = isFieldError(chosen) ? undefined : quantity.examples?.[chosen];
  const typed = readRaw(value, field, example === undefined ? rule : { ...rule, example }, scale);
  if (isFieldError(typed)) {
    const error = isFieldError(chosen) ? typed : withPlausibility(quantity, typed, chosen);
    return fail(isFieldError(chosen) ? [{ field, message: error.message }, chosen] : [error]);
  }
  if (isFieldError(chosen)) return fail([chosen]);
  const raw = typed.value;
  const converted = raw * factors[chosen];
  const checked = readNumber(converted, field, rule);
  if (!isFieldError(checked)) return ok({ raw, chosen, value: checked }, typed.note === undefined ? [] : [typed.note]);
  const other = quantity.confusedWith?.[chosen];
  if (other !== undefined) {
    const otherValue = raw * factors[other];
    if (otherValue >= rule.min && otherValue <= rule.max) {
      return fail([{
        field,
        message: `${inUnit(quantity, raw, chosen)} is not a plausible ${rule.label}; it looks like a value in ${unitLabels[other]}, which would be ${inEngineUnit(quantity, otherValue)}. Check the number and the unit.`,
      }]);
    }
  }
  // The conversion is shown when it helps: a value the gate would refuse (1e307 lb) is a typing error, said above.
  const helps = factors[chosen] !== 1 && Math.abs(raw) < largestShown && Math.abs(converted) < largestShown;
  const shown = helps ? ` (${inUnit(quantity, raw, chosen)} = ${formatAmount(converted, rule.unit)})` : '';
  return fail([{ field, message: `${checked.message.replace(/\.$/, '')}${shown}.` }]);
}

const platelets: Quantity<PlateletUnit> = {
  rule: ranges.plateletCount, units: plateletUnits, confusedWith: { 'x10^9/L': '/uL', 'x10^3/uL': '/uL' },
  examples: { '/uL': '8,000 or 45,000' },
  thresholds: decisionThresholds.count,
};
const weight: Quantity<WeightUnit> = { rule: ranges.weightKg, units: weightUnits, confusedWith: { kg: 'lb' } };
const height: Quantity<HeightUnit> = { rule: ranges.heightCm, units: heightUnits };
/**
 * Haemoglobin in g/dL. The bounds only catch typing and unit slips, both ways: a value in g/L is ten times
 * larger, and a value in g/dL typed with g/L chosen is ten times smaller ("12" → 1.2 g/dL). Our reading: the
 * floor is 3 g/dL, below any haemoglobin a patient would be assessed for anti-D at (it is withheld below 8),
 * so every g/dL value from 3 up typed as g/L is caught and named. The clinical haemoglobin rules for anti-D
 * live with that regimen.
 */
export const haemoglobinRange = { label: 'haemoglobin', min: 3, max: 25, unit: 'g/dL' } as const satisfies NumberRule;

const haemoglobin: Quantity<HaemoglobinUnit> = {
  rule: haemoglobinRange, units: haemoglobinUnits, confusedWith: { 'g/dL': 'g/L', 'g/L': 'g/dL' },
  thresholds: decisionThresholds.haemoglobinGdL,
};

/** A note saying how a converted value was read; none when the value was already in the engine's unit. */
function conversionNote<U extends AnyUnit>(q: Quantity<U>, read: { raw: number; chosen: U; value: number }): Note[] {
  if (factors[read.chosen] === 1) return [];
  return [{
    code: 'unit-converted',
    message: `${inUnit(q, read.raw, read.chosen)} = ${inEngineUnit(q, read.value)}.`,
  }];
}

/**
 * A count where ×10⁹/L is the only unit (the response assessment, a titration's counts): read like any typed
 * count, but an error never says to choose another unit, as there is none to choose there.
 */
export function countInEngineUnit(value: unknown, key: unknown = 'count'): Result<number> {
  const read = toEngineUnit({ ...platelets, units: ['x10^9/L'] }, value, 'x10^9/L', callerText(key, 'count'));
  return read.ok ? ok(read.value.value, read.warnings) : read;
}

/**
 * A platelet count in ×10⁹/L from ×10⁹/L, ×10³/µL (the same number) or /µL, typed ("8,000") or as a number.
 * The result always carries a note saying which unit was assumed. Both slips between the units block the
 * result, naming the unit the number was probably in: a count above 2,000 ×10⁹/L that would be plausible per
 * µL (20000 with ×10⁹/L selected), and a count per µL below 1,000 — under 1 ×10⁹/L, which a laboratory reports
 * in ×10⁹/L — such as 8 typed with /µL selected. Its exit: choose ×10⁹/L, or type the count per µL in full.
 */
export function plateletsToSI(value: unknown, unit: unknown, key: unknown = 'count'): Result<number> {
  const field = callerText(key, 'count');
  const read = toEngineUnit(platelets, value, unit, field);
  if (!read.ok) return read;
  const { raw, chosen, value: si } = read.value;
  if (chosen === '/uL' && raw > 0 && raw < 1000) {
    return fail([{
      field,
      message: `${inUnit(platelets, raw, chosen)} would be ${formatNumber(si, 3)} ×10⁹/L, not a plausible platelet count; it looks like a count in ×10⁹/L (${inUnit(platelets, raw, 'x10^9/L')}). Choose ×10⁹/L, or type the count per µL in full, like ${formatNumber(raw * 1000)}.`,
    }]);
  }
  // In the engine's own unit "= 45 ×10⁹/L" would only repeat the value: the note says the unit read.
  const readAs = chosen === 'x10^9/L' ? inUnit(platelets, raw, chosen) : `${inUnit(platelets, raw, chosen)} = ${inEngineUnit(platelets, si)}`;
  return ok(si, [...read.warnings, { code: 'platelet-unit', message: `Read as ${readAs}.` }, ...veryHighCount(raw, chosen)]);
}

/**
 * A count of 1,000 or more typed in ×10⁹/L (or K/µL) is kept (a count can overshoot that far on a TPO-RA;
 * the range ends at 2,000) but said: a count per µL typed with the wrong unit reads 1,500 /µL (1.5 ×10⁹/L, a
 * critical count) as 1,500 ×10⁹/L, which no advice would treat (QA walk, 2026-12-07). Our reading: 1,000,
 * well above the labels' hold counts (400 ×10⁹/L, drugs.md §1.2, §2.2), where a unit slip is likelier than
 * a real count.
 */
function veryHighCount(raw: number, chosen: PlateletUnit): Note[] {
  if (chosen === '/uL' || raw < 1000) return [];
  return [{
    code: 'platelet-count-very-high',
    message: `${inUnit(platelets, raw, chosen)} is far above any count this tool is for. If the laboratory reports the count per µL, choose /µL: ${formatNumber(raw)} /µL is ${inEngineUnit(platelets, raw / 1000)}.`,
  }];
}

/** Weight in kg from kg or lb (1 lb = 0.45359237 kg exactly), with a note when it was converted. */
export function weightToKg(value: unknown, unit: unknown, field: unknown = 'weightKg'): Result<number> {
  const read = toEngineUnit(weight, value, unit, callerText(field, 'weightKg'));
  return read.ok ? ok(read.value.value, [...read.warnings, ...conversionNote(weight, read.value)]) : read;
}

/** Height in cm from cm or inches (1 in = 2.54 cm exactly), with a note when it was converted. */
export function heightToCm(value: unknown, unit: unknown, field: unknown = 'heightCm'): Result<number> {
  const read = toEngineUnit(height, value, unit, callerText(field, 'heightCm'));
  return read.ok ? ok(read.value.value, [...read.warnings, ...conversionNote(height, read.value)]) : read;
}

/** Haemoglobin in g/dL from g/dL or g/L; a g/L value typed with g/dL selected is an error that says so. */
export function haemoglobinToGdL(value: unknown, unit: unknown, field: unknown = 'haemoglobinGdL'): Result<number> {
  const read = toEngineUnit(haemoglobin, value, unit, callerText(field, 'haemoglobinGdL'));
  return read.ok ? ok(read.value.value, [...read.warnings, ...conversionNote(haemoglobin, read.value)]) : read;
}
