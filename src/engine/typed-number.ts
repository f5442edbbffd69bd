/**
 * What a person typed, read as a number by explicit separator rules (issue #18). A form field holds text:
 * "8,000", "230 000", "72,5", "1.234,5". Reading it with `Number(text.replace(',', '.'))` turned "8,000" /µL into
 * 8 /µL — a count a thousand times too low, silently. Here every separator is read by one rule of the table
 * below, a reading that two rules could give is an error that asks, and a number read through a separator
 * says how it was read.
 *
 * | typed | read as |
 * | --- | --- |
 * | space, thin or no-break space, apostrophe (' ’) | always a thousands separator |
 * | both "." and "," | the mark that comes once and last is the decimal mark; the other separates thousands |
 * | "," or "." several times | thousands separators |
 * | "," once, then exactly 3 digits (1,000) | thousands in a thousand-scale unit (/µL); elsewhere ambiguous: an error that asks |
 * | "." once, then exactly 3 digits (1.000) | ambiguous in every unit: an error that asks (a European "1.200" ×10⁹/L is 1,200) |
 * | "," or "." once, otherwise (72,5 · 0,500 · 1.5) | the decimal mark |
 *
 * Thousands groups must be well formed: 1–3 digits, then groups of exactly 3 ("230,000"; not "40,5,3" or
 * "2,30,000"). Letters, signs other than a leading minus, exponents and doubled separators are errors.
 */

/** Whether numbers in thousands are ordinary in the unit (counts per µL), so that "8,000" means eight thousand. */
export type Scale = 'thousands' | 'plain';

export type TypedReading =
  | { ok: true; value: number; negative: boolean; separators: 'none' | 'thousands' | 'decimal' | 'both' }
  | { ok: false; reason: 'not-a-number' | 'ambiguous' | 'bad-groups'; thousands?: number; decimal?: number };

const groupOnly = /[ \u00A0\u2009\u202F'’]/g;
const allowed = /^[0-9., \u00A0\u2009\u202F'’]+$/;

/** "1,234,567" → true: 1–3 digits, then groups of exactly 3, joined by one separator character. */
function wellGrouped(text: string, separator: string): boolean {
  const groups = text.split(separator);
  const [first = '', ...rest] = groups;
  return /^\d{1,3}$/.test(first) && rest.length > 0 && rest.every((group) => /^\d{3}$/.test(group));
}

/** A whole part written with a thousands separator, normalised to digits, or undefined when malformed. */
function ungroup(text: string, separator: string): string | undefined {
  return text.includes(separator) ? (wellGrouped(text, separator) ? text.split(separator).join('') : undefined) : text;
}

function number(whole: string, fraction = ''): number {
  return Number(`${whole === '' ? '0' : whole}.${fraction === '' ? '0' : fraction}`);
}

/** Reads "1,234.5" / "1.234,5" / "1 234,5": the last mark is decimal when it comes once, the other groups. */
function withDecimal(body: string, decimal: ',' | '.', group: string): TypedReading {
  const at = body.lastIndexOf(decimal);
  const whole = group === '' ? body.slice(0, at) : ungroup(body.slice(0, at), group);
  const fraction = body.slice(at + 1);
  if (whole === undefined || !/^\d*$/.test(fraction) || body.indexOf(decimal) !== at) return { ok: false, reason: 'bad-groups' };
  if (!/^\d*$/.test(whole) || (whole === '' && fraction === '')) return { ok: false, reason: 'not-a-number' };
  return { ok: true, value: number(whole, fraction), negative: false, separators: group === '' ? 'decimal' : 'both' };
}

/** One mark, once: "8,000" and "1.000" are where two rules meet. */
function oneMark(body: string, mark: ',' | '.', scale: Scale): TypedReading {
  const [whole = '', fraction = ''] = body.split(mark);
  const couldBeThousands = /^[1-9]\d{0,2}$/.test(whole) && /^\d{3}$/.test(fraction);
  if (!couldBeThousands) return withDecimal(body, mark, '');
  const thousands = Number(`${whole}${fraction}`);
  // "8,000" per µL is eight thousand: a count per µL is never given to a thousandth. A dot is never read
  // this way: "1.200" is 1.2 on an English keyboard and 1,200 on a German one (our reading: ask).
  if (mark === ',' && scale === 'thousands') return { ok: true, value: thousands, negative: false, separators: 'thousands' };
  return { ok: false, reason: 'ambiguous', thousands, decimal: number(whole, fraction) };
}

function readBody(body: string, scale: Scale): TypedReading {
  if (body === '' || !allowed.test(body)) return { ok: false, reason: 'not-a-number' };
  const spaced = /[ \u00A0\u2009\u202F'’]/.test(body);
  const plain = body.replace(groupOnly, ' ');
  const commas = plain.split(',').length - 1;
  const dots = plain.split('.').length - 1;
  if (spaced) {
    if (commas + dots > 1) return { ok: false, reason: 'bad-groups' };
    const mark = commas === 1 ? ',' : dots === 1 ? '.' : undefined;
    if (mark === undefined) {
      const whole = ungroup(plain, ' ');
      return whole === undefined ? { ok: false, reason: 'bad-groups' } : { ok: true, value: Number(whole), negative: false, separators: 'thousands' };
    }
    return withDecimal(plain, mark, ' ');
  }
  if (commas > 0 && dots > 0) {
    const last = plain.lastIndexOf(',') > plain.lastIndexOf('.') ? ',' : '.';
    return withDecimal(plain, last, last === ',' ? '.' : ',');
  }
  const mark = commas > 0 ? ',' : dots > 0 ? '.' : undefined;
  if (mark === undefined) return { ok: true, value: Number(plain), negative: false, separators: 'none' };
  if (commas + dots === 1) return oneMark(plain, mark, scale);
  const whole = ungroup(plain, mark);
  return whole === undefined ? { ok: false, reason: 'bad-groups' } : { ok: true, value: Number(whole), negative: false, separators: 'thousands' };
}

/**
 * Reads typed text by the rules above. A leading minus is read (and reported by the caller as negative);
 * surrounding spaces are ignored.
 * @example readTypedNumber('8,000', 'thousands') // { ok: true, value: 8000, separators: 'thousands' }
 * @example readTypedNumber('1,000', 'plain') // { ok: false, reason: 'ambiguous', thousands: 1000, decimal: 1 }
 */
export function readTypedNumber(text: string, scale: Scale): TypedReading {
  const trimmed = text.trim();
  const negative = /^[-−]/.test(trimmed);
  const read = readBody(negative ? trimmed.slice(1).trim() : trimmed, scale);
  if (!read.ok) return read;
  // Hundreds of digits overflow to Infinity: not a number anyone means.
  return Number.isFinite(read.value) ? { ...read, negative } : { ok: false, reason: 'not-a-number' };
}
