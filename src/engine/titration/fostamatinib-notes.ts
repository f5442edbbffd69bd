/** What every fostamatinib result shows beside the steps (drugs.md §4.1–4.5). */
import { formatAmount } from '../format/amount';
import { formatNumber } from '../format/number';
import type { Note } from '../result';

const n = formatNumber;

export const fostamatinibNotes: readonly Note[] = [
  {
    code: 'fostamatinib-lowest-effective-dose',
    message: `Use the lowest dose that keeps the count ≥ ${n(50)}: a count ≥ ${n(50)} after ${n(4)} weeks keeps ${formatAmount(100, 'mg')} twice daily. Take with or without food; a missed dose is skipped.`,
    citation: 'tavalisse-uspi §2.1',
  },
  {
    code: 'fostamatinib-toxicity',
    message: `Toxicity: reduce along the label's ladder (${formatAmount(300, 'mg')} → ${formatAmount(200, 'mg')} → ${formatAmount(150, 'mg')} → ${formatAmount(100, 'mg')} a day, then stop); blood pressure has its own rules. UNVERIFIED: the detailed rows for raised transaminases, diarrhoea and neutropenia were not checked: follow the TAVALISSE label table for them.`,
    citation: 'tavalisse-uspi §2.3',
  },
  {
    code: 'fostamatinib-embryo-fetal',
    message: `Embryo-fetal toxicity: pregnancy test before starting in females of reproductive potential; effective contraception during treatment and for at least ${n(1)} month after; no breastfeeding during treatment and for ${n(1)} month after.`,
    citation: 'tavalisse-uspi',
  },
  {
    code: 'fostamatinib-interactions',
    message: 'Interactions to check in the label (details UNVERIFIED): strong CYP3A4 inhibitors (e.g. ketoconazole, itraconazole, clarithromycin) raise exposure; strong CYP3A4 inducers (rifampin) lower it; fostamatinib raises rosuvastatin and digoxin levels.',
    citation: 'tavalisse-uspi',
  },
];
