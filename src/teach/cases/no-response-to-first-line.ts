/**
 * An extra scenario: an older adult with no response to IVIG or corticosteroids within 3 months of
 * diagnosis. guidelines.md 9-line answer line 3 (re-check the diagnosis), §4.2 and §8.3 (age as a risk
 * modifier), §9 (adults below 3 months: outside ASH recs 6–9; Italian Delphi).
 */
import type { TeachingCase } from '../types';

export const noResponseToFirstLine: TeachingCase = {
  id: 'no-response-to-first-line',
  scenario: 'Older adult with no response to IVIG or corticosteroids, within 3 months',
  title: 'Case 7: nothing has worked yet',
  input: {
    ageYears: 67, count: 22, bleeding: 'minor', monthsSinceDiagnosis: 2,
    prior: [{ therapy: 'corticosteroids', outcome: 'no-response' }, { therapy: 'ivig', outcome: 'no-response' }],
  },
  sex: 'man',
  bleeding: 'Petechiae and bruises on the arms; no mucosal bleeding.',
  history: {
    corticosteroids: 'Two courses of high-dose dexamethasone: no rise.',
    ivig: 'Given with the second dexamethasone course: no rise.',
  },
  story: 'He has atrial fibrillation; his apixaban was stopped when ITP was diagnosed. He lives alone, an hour from the hospital.',
  questions: [
    {
      id: 'why-urgent',
      prompt: 'His count is above the threshold for admission and he has only skin bleeding. Why does the algorithm mark him urgent?',
      answer: [
        'His age: at ',
        { threshold: 'olderFromYears' },
        ' or more with a count below ',
        { threshold: 'observeFromCount' },
        ', this site raises the urgency, because older age independently raises the risk of intracranial bleeding.',
      ],
      reasoning: ['In 19,415 newly diagnosed Japanese adults, age 60 or more (odds ratio 3.09), a count below 10 ×10⁹/L and haematuria predicted intracranial bleeding. With counts persistently below 30 ×10⁹/L, modelled fatal bleeding was 0.13 per patient-year above 60. The guidelines set no such rule; this site adds it as a risk modifier, and says so.'],
      citations: ['hato-2020', 'cohen-2000'],
    },
    {
      id: 're-check',
      prompt: 'What should happen before any second-line agent?',
      answer: ['Re-check the diagnosis: no response to IVIG and none to corticosteroids makes another cause more likely.'],
      reasoning: ['Look for secondary ITP (test for HCV and HIV, as ASH 2011 and 2019 ask for adults), inherited thrombocytopenia, marrow disorders and drugs. Corticosteroid non-response does not exclude ITP but makes another diagnosis more likely, and cases that do not respond often turn out not to be primary ITP.'],
      citations: ['cuker-neunert-2016', 'thanz-2022', 'miltiadous-2020', 'ash-2011'],
    },
    {
      id: 'options-this-early',
      prompt: 'If ITP is confirmed, which options are open this early?',
      answer: [
        'A TPO-RA first, then rituximab. Splenectomy waits until ',
        { threshold: 'splenectomyFromMonths' },
        ' from diagnosis, rilzabrutinib until ',
        { threshold: 'persistentFromMonths' },
        ', and fostamatinib until the ITP is chronic.',
      ],
      reasoning: [
        'Below ',
        { threshold: 'persistentFromMonths' },
        ', ASH 2019 recommendations 6–9 do not apply. The Italian Delphi consensus supports switching early from corticosteroids to a TPO-RA; romiplostim’s adult indication sets no minimum duration, while eltrombopag’s covers persistent or chronic ITP. THANZ found no consensus on a preferred second-line agent. With atrial fibrillation, weigh his thrombotic risk: thrombotic events occur in roughly 2–6% of patients on a TPO-RA.',
      ],
      citations: ['italian-delphi-2021', 'nplate-uspi', 'promacta-uspi', 'thanz-2022', 'shen-2024', 'wayrilz-uspi', 'tavalisse-uspi'],
    },
  ],
  expected: {
    urgency: 'urgent',
    firstOptions: ['tpo-ra', 'rituximab'],
    deferred: ['splenectomy', 'rilzabrutinib', 'fostamatinib'],
  },
};
