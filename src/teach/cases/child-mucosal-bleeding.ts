/**
 * Scenario 5, a child after first-line failure: guidelines.md 9-line answer line 5, §1.3, §2.1 (ICR
 * children), §4.3 (no marrow for IVIG failure alone), §8.1.
 */
import type { TeachingCase } from '../types';

export const childMucosalBleeding: TeachingCase = {
  id: 'child-mucosal-bleeding',
  scenario: 'A child after first-line treatment has failed',
  title: 'Case 5: a child with nosebleeds',
  input: {
    ageYears: 8, count: 8, bleeding: 'mucosal', monthsSinceDiagnosis: 8,
    prior: [{ therapy: 'ivig', outcome: 'no-response' }, { therapy: 'corticosteroids', outcome: 'dependent' }],
  },
  sex: 'girl',
  bleeding: 'Nosebleeds lasting over 15 minutes on three days this week, and bleeding gums when she brushes her teeth; no headache, no blood in urine or stool.',
  history: {
    ivig: 'At diagnosis, for blood blisters in the mouth: no rise.',
    corticosteroids: 'Short prednisone courses have each raised the count, but it falls below 30 ×10⁹/L within weeks of stopping; she has needed them again and again for 5 months.',
  },
  story: 'She is missing school and has given up football. Her blood count is otherwise normal.',
  questions: [
    {
      id: 'today',
      prompt: 'What does she need today?',
      answer: ['Same-day hospital review, with admission considered, and a prompt rise in the count: a corticosteroid, which has raised her count each time, usually with IVIG (the algorithm offers an IV methylprednisolone pulse for bleeding that needs immediate attention, listed after the longer-term options ASH ranks for her).'],
      reasoning: [
        'Mucosal bleeding needs the count to rise promptly. For children, the ICR asks for hospital review and consideration of admission for moderate (grade 3) bleeding, and admission and treatment for bleeding that needs immediate attention (grade 4). No source here makes a paediatric recommendation for an IV methylprednisolone pulse: the algorithm offers it on the ICR’s advice for a count that must rise urgently, an IV corticosteroid with, usually, IVIG, which is not specific to children, so it comes after ASH’s paediatric options. IVIG for children: ',
        { dose: 'ivig', age: 'child' },
        '. She has no sign of intracranial bleeding; a head injury or an unexplained headache would change that.',
      ],
      citations: ['icr-2019'],
    },
    {
      id: 'second-line',
      prompt: 'Which longer-term treatment does ASH 2019 suggest for her?',
      answer: ['A TPO-RA, ahead of rituximab and splenectomy; rituximab ahead of splenectomy.'],
      reasoning: [
        'For children with mucosal bleeding or reduced quality of life who have not responded to first-line treatment, ASH 2019 suggests a TPO-RA over rituximab and over splenectomy, and rituximab over splenectomy (conditional). Her age and the duration of her ITP are within the labels: eltrombopag from age ',
        { threshold: 'childTpoRaFromYears' },
        ' with persistent or chronic ITP, romiplostim from age ',
        { threshold: 'childTpoRaFromYears' },
        ' with ITP for 6 months or more. Repeated corticosteroid courses are not a long-term plan for her.',
      ],
      citations: ['ash-2019', 'promacta-uspi', 'nplate-uspi'],
    },
    {
      id: 'spleen-and-marrow',
      prompt: 'Her parents ask about removing the spleen, and whether she needs a bone marrow test. What do you tell them?',
      answer: [
        'Not splenectomy now: in children it is avoided within ',
        { threshold: 'splenectomyFromMonths' },
        ' of onset and before age ',
        { threshold: 'childSplenectomyFromYears', bare: true },
        ', and kept for when all medical options have failed. A marrow test is not needed just because IVIG failed.',
      ],
      reasoning: ['The ICR keeps splenectomy in children for failure of all medical options with bleeding and a life-threatening risk or a major loss of quality of life, after re-checking for other diagnoses (inherited thrombocytopenia, marrow failure, drugs, infection, immune deficiency). ASH 2011: a marrow examination is unnecessary in children who fail IVIG (grade 1B).'],
      citations: ['icr-2019', 'ash-2011'],
    },
  ],
  expected: {
    urgency: 'urgent',
    firstOptions: ['tpo-ra', 'rituximab', 'methylprednisolone-pulse'],
    deferred: ['splenectomy'],
    leftOut: ['fostamatinib', 'rilzabrutinib', 'danazol-azathioprine', 'other-immunosuppressant'],
  },
};
