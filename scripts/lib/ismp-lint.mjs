// ISMP error-prone dose designations, found in the text a reader sees (ISMP List of Error-Prone
// Abbreviations, Symbols, and Dose Designations). Each rule names what it catches and the safe form,
// so a failure tells the author how to fix it.

/** Units after which a number is a dose; a trailing zero or naked decimal before them can be misread tenfold. */
const DOSE_UNIT = String.raw`(?:mg|mcg|g|kg|mL|ml|L|units?|international units|mEq|mmol)(?![A-Za-z])`;

/** @typedef {{ id: string, message: string, pattern: RegExp }} IsmpRule */

/** @type {readonly IsmpRule[]} */
export const ismpRules = [
  {
    id: 'trailing-zero',
    message: 'trailing zero after a dose: write "1 mg", not "1.0 mg"',
    pattern: new RegExp(String.raw`(?<![\d.])\d[\d,]*\.\d*0\s?${DOSE_UNIT}`, 'g'),
  },
  {
    id: 'naked-decimal',
    message: 'decimal without a leading zero: write "0.5 mg", not ".5 mg"',
    pattern: new RegExp(String.raw`(?<![\w.,])\.\d+\s?${DOSE_UNIT}`, 'g'),
  },
  {
    // Both code points: U+00B5 MICRO SIGN and U+03BC GREEK SMALL LETTER MU.
    id: 'microgram-symbol',
    message: 'write "mcg", never "µg"',
    pattern: /[\u00B5\u03BC]g/g,
  },
  {
    id: 'unit-abbreviation',
    message: 'write "units" or "international units", never "U" or "IU"',
    pattern: /(?<![\d.,])\d[\d,.]*\s?(?:U|IU)(?![\w])/g,
  },
  {
    id: 'qd',
    message: 'write "daily", never "QD" or "q.d."',
    pattern: /(?<![\w.])q\.?d\.?(?![\w])/gi,
  },
  {
    id: 'cc',
    message: 'write "mL", never "cc"',
    pattern: /(?<![\d.,])\d[\d,.]*\s?cc(?![\w])/g,
  },
];

/**
 * Every ISMP problem in a text, with a little context either side.
 * @param {string} text
 * @returns {{ rule: string, message: string, match: string, context: string }[]}
 */
export function lintText(text) {
  const problems = [];
  for (const rule of ismpRules) {
    for (const found of text.matchAll(rule.pattern)) {
      const start = Math.max(0, (found.index ?? 0) - 30);
      const end = Math.min(text.length, (found.index ?? 0) + found[0].length + 30);
      problems.push({
        rule: rule.id,
        message: rule.message,
        match: found[0],
        context: text.slice(start, end).replace(/\s+/g, ' ').trim(),
      });
    }
  }
  return problems;
}
