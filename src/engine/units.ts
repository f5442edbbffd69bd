/**
 * Units the forms accept: a small closed vocabulary, not a general parser. Each converter returns the
 * value in the engine's unit (platelets ×10⁹/L, weight kg, height cm, haemoglobin g/dL) or a field error,
 * and catches the commonest slip: a number typed in one unit while another unit is selected.
 * Factors are exact by definition: 1 lb = 0.45359237 kg, 1 in = 2.54 cm, 1 g/dL = 10 g/L, and
 * 1 ×10⁹/L = 1 ×10³/µL = 1,000 /µL (drugs.md, "Conventions").
 */
import { formatAmount, formatCount } from './format/amount';
import { formatNumber } from './format/number';
import { fail, ok, type FieldError, type Note, type Result } from './result';
import { isFieldError, ranges, readChoice, readNumber, type NumberRule } from './validate';

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

interface Quantity<U extends AnyUnit> {
  rule: NumberRule & { unit: string };
  units: readonly U[];
  /** For a unit that is easy to pick by mistake, the unit the number is then probably in. */
  confusedWith?: Partial<Record<U, U>>;
}

function readRaw(value: unknown, field: string, label: string): number | FieldError {
  const read = readNumber(value, field, { label, min: -Number.MAX_VALUE, max: Number.MAX_VALUE });
  if (isFieldError(read) || read >= 0) return read;
  return { field, message: `The ${label} cannot be negative.` };
}

/** Reads, converts and range-checks one value, reporting a problem with the number and the unit together. */
function toEngineUnit<U extends AnyUnit>(
  quantity: Quantity<U>, value: unknown, unit: unknown, field: string,
): Result<{ raw: number; chosen: U; value: number }> {
  const { rule } = quantity;
  const chosen = readChoice(unit, `${field}Unit`, `${rule.label} unit`, quantity.units);
  const raw = readRaw(value, field, rule.label);
  if (isFieldError(raw)) return fail(isFieldError(chosen) ? [raw, chosen] : [raw]);
  if (isFieldError(chosen)) return fail([chosen]);
  const converted = raw * factors[chosen];
  const checked = readNumber(converted, field, rule);
  if (!isFieldError(checked)) return ok({ raw, chosen, value: checked });
  const other = quantity.confusedWith?.[chosen];
  if (other !== undefined) {
    const otherValue = raw * factors[other];
    if (otherValue >= rule.min && otherValue <= rule.max) {
      return fail([{
        field,
        message: `${formatNumber(raw)} ${unitLabels[chosen]} is not a plausible ${rule.label}; it looks like a value in ${unitLabels[other]}, which would be ${formatAmount(otherValue, rule.unit)}. Check the number and the unit.`,
      }]);
    }
  }
  const shown = factors[chosen] === 1 ? '' : ` (${formatNumber(raw)} ${unitLabels[chosen]} = ${formatAmount(converted, rule.unit)})`;
  return fail([{ field, message: `${checked.message.replace(/\.$/, '')}${shown}.` }]);
}

const platelets: Quantity<PlateletUnit> = {
  rule: ranges.plateletCount, units: plateletUnits, confusedWith: { 'x10^9/L': '/uL', 'x10^3/uL': '/uL' },
};
const weight: Quantity<WeightUnit> = { rule: ranges.weightKg, units: weightUnits, confusedWith: { kg: 'lb' } };
const height: Quantity<HeightUnit> = { rule: ranges.heightCm, units: heightUnits };
/**
 * Haemoglobin in g/dL. The bounds only catch typing and unit slips (a value in g/L is ten times larger);
 * the clinical haemoglobin rules for anti-D live with that regimen.
 */
export const haemoglobinRange = { label: 'haemoglobin', min: 1, max: 25, unit: 'g/dL' } as const satisfies NumberRule;

const haemoglobin: Quantity<HaemoglobinUnit> = {
  rule: haemoglobinRange, units: haemoglobinUnits, confusedWith: { 'g/dL': 'g/L' },
};

/** A note saying how a converted value was read; none when the value was already in the engine's unit. */
function conversionNote<U extends AnyUnit>(q: Quantity<U>, read: { raw: number; chosen: U; value: number }): Note[] {
  if (factors[read.chosen] === 1) return [];
  return [{
    code: 'unit-converted',
    message: `${formatNumber(read.raw)} ${unitLabels[read.chosen]} = ${formatAmount(read.value, q.rule.unit)}.`,
  }];
}

/**
 * A platelet count in ×10⁹/L from ×10⁹/L, ×10³/µL (the same number) or /µL. The result always carries a
 * note saying which unit was assumed. A count above 2,000 ×10⁹/L that would be plausible per µL (20000
 * typed with ×10⁹/L selected) is an error that says what it would be; a count below 1,000 /µL is accepted
 * with a warning, since it may be a count in ×10⁹/L with the wrong unit selected.
 */
export function plateletsToSI(value: unknown, unit: unknown, field = 'count'): Result<number> {
  const read = toEngineUnit(platelets, value, unit, field);
  if (!read.ok) return read;
  const { raw, chosen, value: si } = read.value;
  const notes: Note[] = [{
    code: 'platelet-unit',
    message: `Read as ${formatNumber(raw)} ${unitLabels[chosen]} = ${formatCount(si)}.`,
  }];
  if (chosen === '/uL' && raw > 0 && raw < 1000) {
    notes.push({
      code: 'platelet-unit-check',
      message: `${formatNumber(raw)} /µL is only ${formatCount(si)}. If the laboratory reported ${formatNumber(raw)} ×10⁹/L, choose ×10⁹/L instead.`,
    });
  }
  return ok(si, notes);
}

/** Weight in kg from kg or lb (1 lb = 0.45359237 kg exactly), with a note when it was converted. */
export function weightToKg(value: unknown, unit: unknown, field = 'weightKg'): Result<number> {
  const read = toEngineUnit(weight, value, unit, field);
  return read.ok ? ok(read.value.value, conversionNote(weight, read.value)) : read;
}

/** Height in cm from cm or inches (1 in = 2.54 cm exactly), with a note when it was converted. */
export function heightToCm(value: unknown, unit: unknown, field = 'heightCm'): Result<number> {
  const read = toEngineUnit(height, value, unit, field);
  return read.ok ? ok(read.value.value, conversionNote(height, read.value)) : read;
}

/** Haemoglobin in g/dL from g/dL or g/L; a g/L value typed with g/dL selected is an error that says so. */
export function haemoglobinToGdL(value: unknown, unit: unknown, field = 'haemoglobinGdL'): Result<number> {
  const read = toEngineUnit(haemoglobin, value, unit, field);
  return read.ok ? ok(read.value.value, conversionNote(haemoglobin, read.value)) : read;
}
