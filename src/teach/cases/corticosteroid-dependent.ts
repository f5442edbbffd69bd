/** Scenario 3, a chronic corticosteroid-dependent adult: guidelines.md 9-line answer line 4, §1.2 recs 6–9, §1.5, §5, §6. */
import type { TeachingCase } from '../types';

export const corticosteroidDependent: TeachingCase = {
  id: 'corticosteroid-dependent',
  scenario: 'Chronic ITP in a corticosteroid-dependent adult',
  title: 'Case 3: cannot come off prednisone',
  input: {
    ageYears: 38, count: 18, bleeding: 'minor', monthsSinceDiagnosis: 16,
    prior: [{ therapy: 'corticosteroids', outcome: 'dependent' }, { therapy: 'ivig', outcome: 'no-response' }],
  },
  sex: 'man',
  bleeding: 'Easy bruising; no mucosal bleeding.',
  history: {
    corticosteroids: 'Prednisone, continuously for the last 5 months: each time the dose is tapered the count falls below 30 ×10⁹/L.',
    ivig: 'Given at a relapse last month; the count did not rise.',
  },
  story: 'On a tapering prednisone dose his count has fallen again. He has gained weight, his blood glucose is raised, and he wants to stop corticosteroids. He cycles to work and values staying active.',
  questions: [
    {
      id: 'recommendations-apply',
      prompt: 'Do the ASH 2019 second-line recommendations apply to him?',
      answer: [
        'Yes: he is an adult with ITP of ',
        { threshold: 'persistentFromMonths' },
        ' or more who is corticosteroid-dependent, and his bleeding is not life-threatening.',
      ],
      reasoning: [
        'Recommendations 6–9 apply only when all of these hold: an adult, ITP for at least 3 months, corticosteroid-dependent or unresponsive, and no life-threatening bleeding. Dependence means needing corticosteroids for at least 2 months to keep the count at ',
        { threshold: 'observeFromCount' },
        ' or above or to prevent bleeding (International Working Group).',
      ],
      citations: ['ash-2019 recs 6–9', 'iwg-2009'],
    },
    {
      id: 'ranking',
      prompt: 'Which options does ASH 2019 suggest, and in what order?',
      answer: ['A TPO-RA, rituximab or splenectomy, all conditionally: a TPO-RA over rituximab, rituximab over splenectomy, and a TPO-RA or splenectomy as equal choices. The ranking does not chain, so the choice is made with him.'],
      reasoning: ['Recommendation 9 prefers a TPO-RA over rituximab, recommendation 8 rituximab over splenectomy, and recommendation 7 accepts either splenectomy or a TPO-RA; eltrombopag and romiplostim are suggested with no preference between them (recommendation 6). The later-approved avatrombopag, fostamatinib and rilzabrutinib were not assessed by ASH 2019.'],
      citations: ['ash-2019 recs 6–9', 'doptelet-uspi', 'tavalisse-uspi', 'wayrilz-uspi'],
    },
    {
      id: 'trade-offs',
      prompt: 'He asks what each option would mean for him. What are the main trade-offs?',
      answer: ['A TPO-RA is continuing treatment; rituximab is a finite course; splenectomy gives the best chance of a durable remission without drugs, at the cost of an operation and higher risks of infection and thrombosis.'],
      reasoning: [
        'Splenectomy: durable responses in 50–70%, with no reliable predictor; surgical mortality 0.2% laparoscopic; more venous thrombosis and sepsis afterwards, most of all early. It is offered from ',
        { threshold: 'splenectomyFromMonths' },
        ' after diagnosis, with vaccines at least 2 weeks before surgery. Rituximab: ',
        { dose: 'rituximab-standard', show: 'schedule' },
        ', or the low dose, ',
        { dose: 'rituximab-low-dose', show: 'schedule' },
        '; screen for hepatitis B first, and expect blunted vaccine responses for at least 6 months, so vaccinate first if splenectomy may follow. TPO-RAs: thrombotic events in roughly 2–6% of patients on treatment.',
      ],
      citations: ['chaturvedi-2018', 'kojouri-2004', 'boyle-2013', 'icr-2019', 'fda-rituximab-hbv-2013', 'nazi-2013', 'shen-2024'],
    },
  ],
  expected: {
    urgency: 'routine',
    firstOptions: ['tpo-ra', 'rituximab', 'splenectomy'],
    alsoOffered: ['fostamatinib', 'rilzabrutinib'],
  },
};
