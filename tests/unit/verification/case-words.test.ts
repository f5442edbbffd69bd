// A case in words on the Verification page: every field the engine reads, nothing it was not given.
import { describe, expect, it } from 'vitest';
import { caseWords, pregnancyWords } from '../../../src/components/verification/case-words';

describe('caseWords', () => {
  it('says every field, through the engine’s formatters', () => {
    expect(caseWords({
      ageYears: 30, count: 15, bleeding: 'mucosal', monthsSinceDiagnosis: 24, pregnant: true, gestationWeeks: 27.9, deliveryPlanned: true,
      anticoagulants: true, procedurePlanned: false, qualityOfLifeImpaired: false,
      prior: [{ therapy: 'corticosteroids', outcome: 'no-response' }, { therapy: 'ivig', outcome: 'no-response' }],
    })).toBe('30 years; count 15 ×10⁹/L; bleeding: mucosal, not life-threatening; 2 years (24 months) since diagnosis; pregnant, 27.9 weeks, delivery planned; quality of life not reduced; taking an anticoagulant; no procedure planned; earlier: Corticosteroids (no response), IVIG (no response)');
  });

  it('leaves out what was not asked, and says when nothing was given before', () => {
    expect(caseWords({ ageYears: 0.5, count: 9, bleeding: 'none', monthsSinceDiagnosis: 0.5, prior: [] }))
      .toBe('0.5 years; count 9 ×10⁹/L; bleeding: none; 0.5 months since diagnosis; no earlier treatment');
  });

  it.each([
    [{}, []],
    [{ pregnant: false }, ['not pregnant']],
    [{ pregnant: true }, ['pregnant, gestation not stated']],
    [{ pregnant: true, gestationWeeks: 10, deliveryPlanned: false }, ['pregnant, 10 weeks, no delivery planned']],
  ])('pregnancy %j: %j', (input, words) => {
    expect(pregnancyWords(input)).toEqual(words);
  });
});
