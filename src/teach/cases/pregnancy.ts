/**
 * Scenario 6, pregnancy: guidelines.md §1.4 (ASH 2011 statements kept in 2019), §8.2, §9 (what to avoid).
 * At 32 weeks with only IVIG failed, rituximab (very severe cases only), a TPO-RA (late, after corticosteroids
 * and IVIG fail) and splenectomy (second trimester) all wait; the delivery targets apply.
 */
import type { TeachingCase } from '../types';

export const pregnancy: TeachingCase = {
  id: 'pregnancy',
  scenario: 'Pregnancy',
  title: 'Case 6: pregnant, and IVIG has not worked',
  input: {
    ageYears: 31, count: 18, bleeding: 'minor', monthsSinceDiagnosis: 5,
    prior: [{ therapy: 'ivig', outcome: 'no-response' }],
    pregnant: true, gestationWeeks: 32,
  },
  sex: 'woman',
  bleeding: 'Petechiae on the legs; no mucosal bleeding.',
  history: {
    ivig: 'Given last week: the count did not rise.',
  },
  story: 'She is 32 weeks pregnant with her first child. ITP was found in the first trimester and watched; she has never had a corticosteroid. She hopes for a vaginal delivery with an epidural.',
  questions: [
    {
      id: 'treat-with-what',
      prompt: 'Does she need treatment, and with what?',
      answer: ['Yes: her count is below the range that is safe for most of pregnancy, and delivery is weeks away. Give prednisone, starting lower than outside pregnancy, together with IVIG (or anti-D if she is Rh(D)-positive).'],
      reasoning: [
        'Without bleeding, 20–30 ×10⁹/L is safe for most of pregnancy (ICR; this site uses the upper end, ',
        { threshold: 'observeFromCount' },
        '). Corticosteroids and IVIG are the treatments in pregnancy (ASH 2011, grade 1C, kept in 2019). When one agent fails, the ICR combines prednisone with IVIG and/or anti-D and favours lower prednisone starting doses, 10–20 mg daily; high-dose methylprednisolone with IVIG and/or azathioprine is its step for refractory cases. The algorithm lists prednisone first and the methylprednisolone pulse after it, for refractory cases.',
      ],
      citations: ['icr-2019', 'ash-2011'],
    },
    {
      id: 'avoid',
      prompt: 'Which treatments are avoided or held back in pregnancy?',
      answer: ['Avoid vinca alkaloids (so the multi-agent regimen), danazol, fostamatinib, rilzabrutinib and immunosuppressants the ICR does not list. Hold rituximab for very severe cases, and a TPO-RA for late pregnancy after other treatments fail; splenectomy only if unavoidable, in the second trimester.'],
      reasoning: ['The ICR avoids vinca alkaloids, danazol and immunosuppressants it does not list; it keeps rituximab for very severe cases because it can suppress the newborn’s immunity, and considers a TPO-RA late in pregnancy after other failures, on limited data. A peripartum review lists SYK inhibitors (fostamatinib), mycophenolate and cyclophosphamide as contraindicated, and the rilzabrutinib label warns of embryo-fetal toxicity.'],
      citations: ['icr-2019', 'poston-gernsheimer', 'tavalisse-uspi', 'wayrilz-uspi'],
    },
    {
      id: 'delivery',
      prompt: 'What count is she aiming for at delivery, and how should she deliver?',
      answer: ['At least 50 ×10⁹/L for delivery and caesarean section, and at least 70 ×10⁹/L for an epidural. The mode of delivery is chosen on obstetric grounds, not by the count.'],
      reasoning: ['The ICR prefers at least 50 ×10⁹/L for delivery. The ASH Education Program gives at least 50 for caesarean section and 70 for neuraxial anaesthesia; a peripartum review sets above 70 for an epidural, so the obstetric anaesthetist decides. ASH 2011 (grade 2C): choose the mode of delivery on obstetric grounds.'],
      citations: ['icr-2019', 'ash-education-2025', 'poston-gernsheimer', 'ash-2011'],
    },
  ],
  expected: {
    urgency: 'routine',
    firstOptions: ['prednisone', 'methylprednisolone-pulse'],
    deferred: ['rituximab', 'tpo-ra', 'splenectomy'],
    leftOut: ['multiagent-rescue', 'fostamatinib', 'rilzabrutinib', 'danazol-azathioprine', 'other-immunosuppressant'],
  },
};
