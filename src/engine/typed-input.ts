/**
 * Typed input → a number with a note, or a plain-worded field error (issue #18). The separator rules are
 * typed-number.ts's; this module words their outcome for a reader and checks the sign. units.ts converts the
 * number; readTypedValue reads quantities that have no unit choice.
 */
import { formatNumber } from './format/number';
import { messages, quote } from './messages';
import { fail, ok, type FieldError, type Note, type Result } from './result';
import { readTypedNumber, type Scale } from './typed-number';
import { callerText, isFieldError, isNumberRule, readFinite, readNumber, type NumberRule } from './validate';

/** An ambiguous reading keeps its thousands value, so that the message can say where it would be plausible. */
export type TypedError = FieldError & { thousands?: number };

/** A number read from typed text, and the note saying how its separators were read. */
export interface Raw {
  value: number;
  note?: Note;
}

/** How the separators of a typed number were read, for its note; none for a plain "72.5". */
function separatorWords(text: string, separators: 'thousands' | 'decimal' | 'both'): string | undefined {
  const comma = text.includes(',');
  const spaced = /[ \u00A0\u2009\u202F'’]/.test(text.trim());
  if (separators === 'decimal') return comma ? 'the comma is the decimal mark' : undefined;
  if (separators === 'thousands') return `the ${spaced ? 'spaces separate' : comma ? 'comma separates' : 'dots separate'} thousands`;
  return 'one mark separates thousands and the last one is the decimal mark';
}

function readText(text: string, field: string, rule: NumberRule, scale: Scale): Raw | TypedError {
  if (text.trim() === '') return { field, message: messages.required(rule.label) };
  const read = readTypedNumber(text, scale);
  if (read.ok) {
    if (read.negative && read.value !== 0) return { field, message: messages.negative(rule.label) };
    const words = read.separators === 'none' ? undefined : separatorWords(text, read.separators);
    if (words === undefined) return { value: read.value };
    return {
      value: read.value,
      note: { code: 'typed-number-read', message: `${quote(text)} was read as ${formatNumber(read.value, 6)}: ${words}.` },
    };
  }
  if (read.reason === 'ambiguous' && read.thousands !== undefined && read.decimal !== undefined) {
    const mark = text.includes(',') ? 'comma' : 'dot';
    return {
      field,
      message: messages.ambiguous(formatNumber(read.thousands), formatNumber(read.decimal, 3), mark, String(read.thousands), String(read.decimal)),
      thousands: read.thousands,
    };
  }
  return read.reason === 'bad-groups'
    ? { field, message: messages.badGroups(text.trim(), rule.label, rule.example) }
    : { field, message: messages.notANumber(rule.label, rule.example) };
}

export function readRaw(value: unknown, field: string, rule: NumberRule, scale: Scale): Raw | TypedError {
  if (!isNumberRule(rule)) return { field, message: messages.noRule };
  if (typeof value === 'string') return readText(value, field, rule, scale);
  const read = readFinite(value, field, rule);
  if (isFieldError(read)) return read;
  return read >= 0 ? { value: read } : { field, message: messages.negative(rule.label) };
}

/**
 * A number without a unit choice (age in years, months since diagnosis, a day), typed or as a number, read by
 * the same separator rules and checked against `rule`: the value, with a note when separators were read.
 * @example readTypedValue('2,5', 'ageYears', ranges.ageYears) // ok, 2.5
 */
export function readTypedValue(value: unknown, key: string, rule: NumberRule): Result<number> {
  const field = callerText(key, 'value');
  const typed = readRaw(value, field, rule, 'plain');
  if (isFieldError(typed)) return fail([{ field, message: typed.message }]);
  const checked = readNumber(typed.value, field, rule);
  if (isFieldError(checked)) return fail([checked]);
  return ok(checked, typed.note === undefined ? [] : [typed.note]);
}
