/**
 * Scenario 4, after a TPO-RA and rituximab have failed: guidelines.md §3.1 (IWG "refractory"), §5, §7.2
 * switching, §7.4 newer agents, and the seed's errors 5 and 10.
 */
import type { TeachingCase } from '../types';

export const tpoRaAndRituximabFailed: TeachingCase = {
  id: 'tpo-ra-and-rituximab-failed',
  scenario: 'After a TPO-RA and rituximab have failed',
  title: 'Case 4: a TPO-RA and rituximab have failed',
  input: {
    ageYears: 55, count: 14, bleeding: 'minor', monthsSinceDiagnosis: 48,
    prior: [
      { therapy: 'corticosteroids', outcome: 'dependent' },
      { therapy: 'ivig', outcome: 'no-response' },
      { therapy: 'rituximab', outcome: 'no-response' },
      { therapy: 'tpo-ra', outcome: 'no-response' },
    ],
    pregnant: false,
  },
  sex: 'woman',
  bleeding: 'Petechiae and bruises; no mucosal bleeding.',
  history: {
    corticosteroids: 'Prednisone-dependent in the first year.',
    ivig: 'No rise at the last relapse.',
    rituximab: 'A standard course 2 years ago: no response.',
    'tpo-ra': 'Eltrombopag, 4 weeks at the maximum dose: the count stayed below 30 ×10⁹/L.',
  },
  story: 'She still has her spleen. She works as a nurse and is otherwise well. She asks whether she now has “refractory” ITP.',
  questions: [
    {
      id: 'refractory',
      prompt: 'Is her ITP “refractory”?',
      answer: ['Not by the International Working Group definition, which keeps “refractory” for ITP that persists or returns after splenectomy. She has failed corticosteroids, a TPO-RA and rituximab, and still has her spleen.'],
      reasoning: ['The IWG defines refractory ITP as no response or loss of response after splenectomy, with a continuing need for treatment. So “splenectomy is the gold standard for refractory cases” is wrong twice: by definition, and because ASH 2019 ranks splenectomy below rituximab and level with a TPO-RA. Cases that do not respond to treatment often turn out not to be primary ITP, so re-check the diagnosis.'],
      citations: ['iwg-2009', 'ash-2019 recs 7–8', 'miltiadous-2020'],
    },
    {
      id: 'options-now',
      prompt: 'What are her options now?',
      answer: [
        'Splenectomy (she is well past ',
        { threshold: 'splenectomyFromMonths' },
        ' from diagnosis) or a switch to another TPO-RA, then fostamatinib or rilzabrutinib. Rituximab, which failed, is left out.',
      ],
      reasoning: ['After switching between romiplostim and eltrombopag, 50–80% of 46 patients responded. Fostamatinib is licensed for adults with chronic ITP after an insufficient response to a previous treatment (stable response 18% against 2% with placebo), rilzabrutinib for persistent or chronic ITP (durable response 23% against 0%). Danazol with azathioprine and other immunosuppressants come after these approved agents, which have randomised evidence.'],
      citations: ['khellaf-switching', 'ash-2019 rec 7', 'tavalisse-uspi', 'bussel-2018', 'wayrilz-uspi', 'kuter-2025'],
    },
    {
      id: 'before-surgery',
      prompt: 'She chooses splenectomy. What must be done before and after the operation?',
      answer: ['Before: vaccines against pneumococcus, meningococcus and Haemophilus influenzae type b at least 2 weeks ahead. After: thromboprophylaxis once the count allows, and advice on the lasting risks of infection and thrombosis.'],
      reasoning: ['The ICR asks for vaccines at least 2 weeks before surgery, kept up to national schedules; rituximab in the previous 6 months blunts the response to them (hers was 2 years ago). Laparoscopic and open splenectomy work equally well, and the surgeon should look for accessory spleens. Thromboprophylaxis is considered once the count is above 30–50 ×10⁹/L: deep-vein thrombosis or pulmonary embolism affected 4.3% of splenectomised patients against 1.7%.'],
      citations: ['icr-2019', 'nazi-2013', 'ash-2011', 'boyle-2013'],
    },
  ],
  expected: {
    urgency: 'routine',
    firstOptions: ['splenectomy', 'tpo-ra'],
    alsoOffered: ['fostamatinib', 'rilzabrutinib'],
    leftOut: ['rituximab'],
  },
};
