/** What a prescriber must see whenever anti-D is planned (drugs.md §8.2; WinRho SDF boxed warning, ✔2). */
import { formatDose, formatUnits } from '../format/dose';
import { roundDecimal } from '../format/number';
import type { Note } from '../result';
import type { RegimenItem } from './types';

/** 1 mcg of anti-D = 5 international units (✔2). */
export const UNITS_PER_MCG = 5;

export const antiDWarnings: readonly Note[] = [
  {
    code: 'anti-d-haemolysis-boxed-warning',
    message: 'Boxed warning, intravascular haemolysis: deaths have occurred in ITP; it can cause severe anaemia, acute renal failure, DIC and ARDS. Observe in a healthcare setting for at least 8 hours. Dipstick urinalysis at baseline, 2 h, 4 h and before the end of observation. Watch for back pain, shaking chills, fever, and dark urine or haematuria; if haemolysis is suspected, check plasma haemoglobin, haptoglobin, LDH and bilirubin (direct and indirect). If red cells are needed, give Rh(D)-negative cells.',
    citation: 'winrho-uspi',
  },
  {
    code: 'anti-d-avoid',
    message: 'Avoid anti-D when haemoglobin is already low from bleeding or there is evidence of autoimmune haemolysis.',
    citation: 'ash-2011',
  },
];

/** Adds the dose in international units to an anti-D item, and the note that shows both. */
export function withUnits(item: RegimenItem): { item: RegimenItem; note: Note } {
  const { amount, amountMax } = item.dose;
  const internationalUnits = {
    amount: roundDecimal(amount * UNITS_PER_MCG, 4),
    ...(amountMax === undefined ? {} : { amountMax: roundDecimal(amountMax * UNITS_PER_MCG, 4) }),
  };
  return {
    item: { ...item, internationalUnits },
    note: {
      code: 'anti-d-units',
      message: `${formatDose(item.dose)} = ${formatUnits(internationalUnits)} (1 mcg = 5 units). Mixing up mcg and units, or lb and kg, has caused overdoses: weigh the patient in kg and check the unit on the product.`,
      citation: 'winrho-uspi',
    },
  };
}
