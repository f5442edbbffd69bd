/** Scenario 1, life-threatening bleeding: guidelines.md 9-line answer line 1, §4.4 (ICR 2019 emergency care). */
import type { TeachingCase } from '../types';

export const lifeThreateningBleed: TeachingCase = {
  id: 'life-threatening-bleed',
  scenario: 'Life-threatening bleeding',
  title: 'Case 1: bleeding into the brain',
  input: {
    ageYears: 52, count: 4, bleeding: 'life-threatening', monthsSinceDiagnosis: 1,
    prior: [{ therapy: 'corticosteroids', outcome: 'no-response' }, { therapy: 'ivig', outcome: 'no-response' }],
  },
  sex: 'man',
  bleeding: 'A sudden severe headache and vomiting this morning; CT shows an intracerebral haemorrhage.',
  history: {
    corticosteroids: 'Prednisone for 2 weeks from diagnosis with no rise in the count; now being tapered.',
    ivig: 'Given on 2 consecutive days, finishing 3 days ago; the count did not rise.',
  },
  story: 'He takes no anticoagulant or antiplatelet drug. He is drowsy but answers questions, with petechiae on both legs.',
  questions: [
    {
      id: 'how-urgent',
      prompt: 'How urgent is this, and do the ASH 2019 second-line recommendations apply to him now?',
      answer: ['An emergency. The ASH 2019 recommendations do not apply while the bleeding is life-threatening: they were written for patients with non-life-threatening bleeding.'],
      reasoning: ['Intracranial bleeding is life-threatening whatever the count, and the International Consensus Report (ICR) treats an urgent need to raise the count within 24 hours as an emergency. Severity in ITP is defined by bleeding, not by a platelet count. The second-line choice waits until the bleeding is controlled.'],
      citations: ['icr-2019', 'ash-2019', 'iwg-2009'],
    },
    {
      id: 'first-measures',
      prompt: 'What do you give now?',
      answer: ['Platelet transfusion without delay, with an IV corticosteroid and IVIG together; stop any drug that impairs platelet function and control his blood pressure.'],
      reasoning: [
        'The ICR combines an IV corticosteroid with, usually, IVIG, and says platelet transfusion must not be delayed in life-threatening bleeding, above all intracranial. In 40 patients given IVIG with a platelet transfusion every 8 hours, the mean count rose from 10 to 55 ×10⁹/L at 24 hours. IVIG: ',
        { dose: 'ivig' },
        '. The corticosteroid dose for adults is on the ',
        { link: '/guidance/emergency/', text: 'emergency care' },
        ' page.',
      ],
      citations: ['icr-2019', 'spahr-rodgers-2007', 'stasi-provan-2004'],
    },
    {
      id: 'still-bleeding',
      prompt: 'The next day he is still bleeding, and the count has not risen meaningfully despite IVIG, platelets and the corticosteroid. What can be added?',
      answer: ['A TPO-RA. Alongside: an antifibrinolytic, and as adjuncts IV anti-D (only if Rh(D)-positive with a spleen) or a vinca alkaloid; emergency splenectomy rarely.'],
      reasoning: ['The ICR adds a TPO-RA when bleeding stays life-threatening without a meaningful response to IVIG and platelets in a patient on corticosteroids. Tranexamic acid or aminocaproic acid go alongside other treatment; their ITP-specific doses are not established in the sources. The multi-agent regimen (IVIG, methylprednisolone, vincristine and/or anti-D) raised the count by at least 20 to above 30 ×10⁹/L in 71% of 35 patients: a small uncontrolled series with a modest definition of response.'],
      citations: ['icr-2019', 'boruchov-2007'],
    },
    {
      id: 'afterwards',
      prompt: 'Once the bleeding is controlled, what comes before choosing a second-line agent?',
      answer: ['Re-check the diagnosis: he has had no response to IVIG and none to corticosteroids.'],
      reasoning: [
        'No response to first-line treatment makes another cause more likely: look for secondary ITP (HCV and HIV), inherited thrombocytopenia, marrow disorders and drugs. Below ',
        { threshold: 'persistentFromMonths' },
        ' from diagnosis, ASH 2019 recommendations 6–9 do not apply. The algorithm lists a TPO-RA right after emergency care, for the ICR’s emergency step; for the longer term, the Italian Delphi consensus also supports an early switch from corticosteroids to a TPO-RA. Splenectomy is deferred until ',
        { threshold: 'splenectomyFromMonths' },
        '.',
      ],
      citations: ['cuker-neunert-2016', 'thanz-2022', 'miltiadous-2020', 'icr-2019', 'italian-delphi-2021'],
    },
  ],
  expected: { urgency: 'emergency', firstOptions: ['emergency-care', 'tpo-ra'], deferred: ['splenectomy'] },
};
