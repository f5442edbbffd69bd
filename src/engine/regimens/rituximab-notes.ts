/** What a prescriber must see before any rituximab course (drugs.md §6; guidelines.md §6). */
import type { Note } from '../result';
import type { PopulationLimit } from './types';

/** Shown with every rituximab plan, whatever the patient. */
export const beforeRituximab: readonly Note[] = [
  {
    code: 'hbv-screening',
    message: 'Hepatitis B: test HBsAg and anti-HBc before the first dose. If either is positive, involve hepatology for monitoring and antiviral prophylaxis; stop rituximab if hepatitis B reactivates.',
    citation: 'fda-rituximab-hbv-2013',
  },
  {
    code: 'rituximab-boxed-warning',
    // drugs.md §6: the first two are checked (✔2); the label also boxes severe mucocutaneous reactions and PML,
    // whose wording was not retrieved: named here, not quoted (source register §6, "Our reading").
    message: 'Boxed warnings: fatal infusion-related reactions, hepatitis B reactivation, severe mucocutaneous reactions and progressive multifocal leukoencephalopathy (PML). Read the label’s full boxed warning before prescribing.',
    citation: 'rituximab-uspi',
  },
  {
    code: 'rituximab-premedication',
    message: 'Before every infusion give acetaminophen (paracetamol) and an antihistamine; add a glucocorticoid as needed for reactions.',
    citation: 'rituximab-uspi',
  },
  {
    code: 'vaccine-response',
    message: 'Rituximab blunts vaccine responses for at least 6 months: give due vaccines, including those before a possible splenectomy, before rituximab where possible.',
    citation: 'nazi-2013',
  },
];

/** Pregnancy restricts rituximab to very severe cases (guidelines.md §8.2): a caution, not a contraindication. */
export const inPregnancy: PopulationLimit = {
  kind: 'caution',
  fact: 'pregnant',
  code: 'pregnancy-rituximab',
  // The alternatives are guidelines.md §8.2's (audit 3: the limit named none).
  message: 'Pregnancy: the ICR keeps rituximab for very severe cases only, because it suppresses the newborn’s immunity. First in pregnancy: corticosteroids or IVIG (ASH 2011, grade 1C); after single agents fail, the ICR combines prednisone with IVIG and/or anti-D.',
  rule: 'rituximab is kept for very severe cases in pregnancy',
  source: 'ICR 2019, pregnancy (guidelines.md §8.2)',
  citation: 'icr-2019',
};
