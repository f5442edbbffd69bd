/** What a prescriber must see before any IVIG (drugs.md §8.1, ✔2 unless marked). */
import type { Note } from '../result';

export const ivigWarnings: readonly Note[] = [
  {
    code: 'ivig-boxed-warning',
    message: 'Boxed warning: thrombosis; and renal dysfunction or acute renal failure (mostly with sucrose-containing products) in predisposed patients — renal insufficiency, diabetes, age over 65, volume depletion, sepsis, paraproteinaemia, nephrotoxic drugs. Use the minimum practical concentration and infusion rate.',
    citation: 'ivig-labels',
  },
  {
    code: 'ivig-iga-deficiency',
    message: 'Contraindicated in IgA deficiency with antibodies against IgA.',
    citation: 'ivig-labels',
  },
  {
    // ✔1 in the digest.
    code: 'ivig-haemolysis',
    message: 'Haemolysis is more likely with 2 g/kg or more and in patients whose blood group is not O.',
    citation: 'ivig-labels',
  },
];
