/**
 * Body-surface area (drugs.md §6.1). The result is unrounded: doses are computed from it as it is, and a
 * view shows it to 2 decimals (a pharmacy that rounds BSA first differs by at most about 0.5 %, W57).
 */
import { formatAmount } from './format/amount';
import { formatNumber } from './format/number';
import { messages } from './messages';
import { collectFields } from './plausibility';
import { fail, ok, type FieldError, type Result } from './result';
import { checkWeight } from './growth/weight-plausibility';
import { isRecord, ranges, readChoice, readNumber, readOptionalBoolean, readOptionalNumber } from './validate';

export const bsaFormulas = ['mosteller', 'dubois'] as const;
export type BsaFormula = (typeof bsaFormulas)[number];

export interface BodySurfaceArea {
  m2: number;
  formula: BsaFormula;
  /** The arithmetic in words, e.g. "√(170 cm × 70 kg ÷ 3600) = 1.82 m²". */
  working: string;
  citation: string;
}

interface FormulaRow {
  name: string;
  citation: string;
  m2: (weightKg: number, heightCm: number) => number;
  working: (weightKg: number, heightCm: number) => string;
}

const cm = (h: number) => formatAmount(h, 'cm');
const kg = (w: number) => formatAmount(w, 'kg');

const formulas: Record<BsaFormula, FormulaRow> = {
  // Mosteller RD, N Engl J Med 1987: BSA = √(H × W / 3600), H in cm, W in kg (✔2).
  mosteller: {
    name: 'Mosteller', citation: 'mosteller-1987',
    m2: (w, h) => Math.sqrt((h * w) / 3600),
    working: (w, h) => `√(${cm(h)} × ${kg(w)} ÷ 3,600)`,
  },
  // DuBois & DuBois, Arch Intern Med 1916: BSA = 0.007184 × W^0.425 × H^0.725 (✔2).
  dubois: {
    name: 'DuBois', citation: 'dubois-1916',
    m2: (w, h) => 0.007184 * w ** 0.425 * h ** 0.725,
    working: (w, h) => `0.007184 × (${kg(w)})^0.425 × (${cm(h)})^0.725`,
  },
};

/** Reads the optional formula choice; absent means Mosteller, the engine's default. */
export function readBsaFormula(value: unknown, field: string): BsaFormula | FieldError {
  return value === undefined ? 'mosteller' : readChoice(value, field, 'BSA formula', bsaFormulas);
}

/** BSA from weight and height that have already been checked against their plausible ranges. */
export function computeBsa(weightKg: number, heightCm: number, formula: BsaFormula): BodySurfaceArea {
  const row = formulas[formula];
  const m2 = row.m2(weightKg, heightCm);
  return {
    m2, formula,
    working: `${row.name}: ${row.working(weightKg, heightCm)} = ${formatNumber(m2)} m²`,
    citation: row.citation,
  };
}

/**
 * Body-surface area in m², unrounded, by Mosteller (default) or DuBois. An optional `ageYears` has the
 * weight checked against the age and height; `weightConfirmed` lets a confirmed implausible weight through.
 * @example bodySurfaceArea({ weightKg: 70, heightCm: 170 }) // ok, m2 ≈ 1.8181 (drugs.md W57)
 */
export function bodySurfaceArea(input: unknown): Result<BodySurfaceArea> {
  if (!isRecord(input)) return fail([{ field: 'input', message: messages.notAnObject('weight and height') }]);
  const read = collectFields<{ weightKg: number; heightCm: number; formula: BsaFormula; ageYears: number | undefined; weightConfirmed: boolean | undefined }>({
    weightKg: readNumber(input.weightKg, 'weightKg', ranges.weightKg),
    heightCm: readNumber(input.heightCm, 'heightCm', ranges.heightCm),
    formula: readBsaFormula(input.formula, 'formula'),
    ageYears: readOptionalNumber(input.ageYears, 'ageYears', ranges.ageYears),
    weightConfirmed: readOptionalBoolean(input.weightConfirmed, 'weightConfirmed', 'weight confirmation'),
  });
  if (!read.ok) return read;
  const { weightKg, heightCm, formula, ageYears, weightConfirmed } = read.value;
  // With an age, the weight is checked against it and the height (growth/weight-plausibility.ts).
  const weight = checkWeight({
    weightKg, heightCm, ...(ageYears === undefined ? {} : { ageYears }), ...(weightConfirmed === undefined ? {} : { weightConfirmed }),
  });
  if (!weight.ok) return weight;
  const bsa = computeBsa(weightKg, heightCm, formula);
  return ok(bsa, [...weight.warnings, { code: 'bsa-formula', message: `BSA by the ${bsa.working}.`, citation: bsa.citation }]);
}
