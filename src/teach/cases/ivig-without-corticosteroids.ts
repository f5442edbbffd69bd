/**
 * Scenario 2, a newly diagnosed adult after IVIG without a corticosteroid: guidelines.md 9-line answer
 * line 2, §1.2 recs 1–4, and the seed's error 6 (IVIG failure is not corticosteroid failure).
 */
import type { TeachingCase } from '../types';

export const ivigWithoutCorticosteroids: TeachingCase = {
  id: 'ivig-without-corticosteroids',
  scenario: 'Newly diagnosed adult: IVIG given, no corticosteroid yet',
  title: 'Case 2: “IVIG failure, for second line?”',
  input: {
    ageYears: 45, count: 24, bleeding: 'minor', monthsSinceDiagnosis: 1,
    prior: [{ therapy: 'ivig', outcome: 'no-response' }],
    pregnant: false,
  },
  sex: 'woman',
  bleeding: 'Petechiae on the legs and a few bruises; no bleeding from the mouth, nose, gut or urinary tract.',
  history: {
    ivig: 'Given on its own 10 days ago to cover a dental extraction; the count did not rise and the extraction was postponed.',
  },
  story: 'Her blood count and film show isolated thrombocytopenia, and she takes no regular medicines. She has never had a corticosteroid. The referral letter reads: “IVIG failure: for second-line treatment?”',
  questions: [
    {
      id: 'first-line-failed',
      prompt: 'The letter asks for second-line treatment. Has first-line treatment failed?',
      answer: ['No. IVIG has failed, but she has not had a corticosteroid, and failure of IVIG is not failure of corticosteroids.'],
      reasoning: [
        'The ASH 2019 second-line recommendations (6–9) are for adults with ITP of ',
        { threshold: 'persistentFromMonths' },
        ' or more who are corticosteroid-dependent or have not responded to corticosteroids. They do not address a patient who has only failed IVIG, nor a newly diagnosed adult.',
      ],
      citations: ['ash-2019 recs 6–9'],
    },
    {
      id: 'treat-where',
      prompt: 'Should she be treated at this count, and does she need admission?',
      answer: [
        'Treat, as an outpatient. Newly diagnosed with a count below ',
        { threshold: 'observeFromCount' },
        ', a corticosteroid is suggested over observation; admission is suggested only for newly diagnosed patients below ',
        { threshold: 'admissionCountBelow' },
        '.',
      ],
      reasoning: ['ASH 2019 recommendation 1a (conditional) suggests corticosteroids for newly diagnosed adults below 30 ×10⁹/L, and 1b (strong) observation at 30 or more. Recommendation 2a suggests admission for newly diagnosed patients below 20 ×10⁹/L, and 2b outpatient care at 20 or more; patients treated as outpatients need education and haematology follow-up within 24–72 hours.'],
      citations: ['ash-2019 recs 1–2'],
    },
    {
      id: 'which-course',
      prompt: 'Which corticosteroid course, and for how long?',
      answer: [
        'High-dose dexamethasone, ',
        { dose: 'dexamethasone-high-dose', show: 'schedule' },
        '; or prednisone, ',
        { dose: 'prednisone', show: 'schedule' },
        '.',
      ],
      reasoning: ['ASH 2019 suggests either prednisone or high-dose dexamethasone (recommendation 4), and a prednisone course of no more than 6 weeks in all, taper included, over a longer one (recommendation 3). When a faster rise is needed, for the postponed extraction for example, IVIG can be given with a corticosteroid (ASH 2011, kept in 2019).'],
      citations: ['ash-2019 recs 3–4', 'icr-2019', 'ash-2011'],
    },
    {
      id: 'when-second-line',
      prompt: 'When would second-line treatment come in?',
      answer: [
        'If she does not respond to the corticosteroid course, or needs corticosteroids for 2 months or more to keep the count at ',
        { threshold: 'observeFromCount' },
        ' or above. No response to IVIG and to corticosteroids should also prompt a re-check of the diagnosis.',
      ],
      reasoning: ['The International Working Group calls a patient corticosteroid-dependent who needs ongoing or repeated corticosteroids for at least 2 months to keep the count at 30 ×10⁹/L or above or to prevent bleeding, and counts such patients as non-responders. Corticosteroid non-response does not exclude ITP but makes another diagnosis more likely.'],
      citations: ['iwg-2009', 'thanz-2022', 'cuker-neunert-2016'],
    },
  ],
  expected: { urgency: 'routine', firstOptions: ['dexamethasone-high-dose'], leftOut: ['tpo-ra', 'rituximab', 'splenectomy'] },
};
