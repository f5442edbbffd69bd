/** What every eltrombopag result shows beside the steps (drugs.md §2.2, §2.4, §2.5, §2.7; W37). */
import { formatAmount } from '../format/amount';
import { formatNumber } from '../format/number';
import type { Note } from '../result';

const n = formatNumber;

export const eltrombopagNotes: readonly Note[] = [
  {
    code: 'eltrombopag-product',
    message: `Doses are for PROMACTA (eltrombopag olamine) and generic eltrombopag olamine. ALVAIZ (eltrombopag choline) is not interchangeable mg for mg and is not titrated here: a patient on PROMACTA ${formatAmount(50, 'mg')} is not switched to ALVAIZ ${formatAmount(50, 'mg')}.`,
    citation: 'alvaiz-uspi',
  },
  {
    code: 'eltrombopag-food-and-cations',
    message: `Take without a meal or with a meal low in calcium (≤ ${formatAmount(50, 'mg')} calcium), at least ${n(2)} hours before or ${n(4)} hours after antacids, dairy products, calcium-fortified foods and mineral supplements containing iron, calcium, aluminium, magnesium, selenium or zinc.`,
    citation: 'promacta-uspi',
  },
  {
    code: 'eltrombopag-hepatotoxicity',
    message: `Boxed warning, hepatotoxicity: measure ALT, AST and bilirubin before starting, every ${n(2)} weeks while the dose is being adjusted and monthly once it is stable; fractionate a raised bilirubin. Repeat any abnormal result within ${n(3)} to ${n(5)} days; if confirmed, test weekly until it resolves, stabilises or returns to baseline. Stop eltrombopag if ALT is ≥ ${n(3)}× the upper limit of normal (≥ ${n(3)}× baseline when the baseline was raised) and it is rising progressively, persists for ≥ ${n(4)} weeks, comes with a raised direct bilirubin, or with symptoms of liver injury or signs of hepatic decompensation.`,
    citation: 'promacta-uspi boxed warning; §5',
  },
  {
    code: 'eltrombopag-decrease-wait',
    message: `Reading (ours): the label waits ${n(2)} weeks to judge the effect of a dose change, so within ${n(14)} days of a change the dose is kept even at ${n(200)} to ${n(400)}; a count above ${n(400)} stops the drug at any time. Increases need ≥ ${n(14)} days at the current dose.`,
    citation: 'promacta-uspi §2.1',
  },
  {
    code: 'eltrombopag-warnings',
    message: 'Also watch for thrombotic and thromboembolic complications, progression of myelodysplastic syndromes, and cataracts (examine the eyes before and during treatment). The aim is a count that lowers the bleeding risk, not a normal count.',
    citation: 'promacta-uspi §5',
  },
];
