// The walker link and the vignette's words for a teaching case.
import { describe, expect, it } from 'vitest';
import { sinceDiagnosisText } from '../../../src/teach/labels';
import { walkerHref } from '../../../src/teach/links';

describe('walkerHref', () => {
  it('writes the case in the shared link parameters, in the fragment, readable in a chat message', () => {
    expect(walkerHref({
      ageYears: 45, count: 24, bleeding: 'minor', monthsSinceDiagnosis: 1,
      prior: [{ therapy: 'ivig', outcome: 'no-response' }, { therapy: 'corticosteroids', outcome: 'dependent' }],
    })).toBe('/algorithm/#age=45&plt=24&bleed=minor&months=1&prior=ivig:no-response,corticosteroids:dependent&at=walker');
  });

  it.each([
    [true, '&preg=1&at='],
    [false, '&preg=0&at='],
  ])('answers the pregnancy question when the case does (pregnant: %s)', (pregnant, part) => {
    expect(walkerHref({ ageYears: 31, count: 18, bleeding: 'none', monthsSinceDiagnosis: 5, prior: [], pregnant })).toContain(part);
  });

  it('carries the gestation and a planned delivery, which decide the advice in pregnancy', () => {
    expect(walkerHref({ ageYears: 31, count: 18, bleeding: 'minor', monthsSinceDiagnosis: 5, prior: [], pregnant: true, gestationWeeks: 32, deliveryPlanned: false }))
      .toBe('/algorithm/#age=31&plt=18&bleed=minor&months=5&preg=1&gest=32&deliv=0&at=walker');
  });

  it('leaves out what the case does not say: no prior, no pregnancy question', () => {
    expect(walkerHref({ ageYears: 8, count: 0.5, bleeding: 'mucosal', monthsSinceDiagnosis: 0, prior: [] }))
      .toBe('/algorithm/#age=8&plt=0.5&bleed=mucosal&months=0&at=walker');
  });
});

describe('sinceDiagnosisText', () => {
  it.each([
    [0, '0 months'],
    [1, '1 month'],
    [16, '16 months'],
    [24, '2 years (24 months)'],
    [30, '30 months'],
    [48, '4 years (48 months)'],
  ])('%s months → %s', (months, text) => {
    expect(sinceDiagnosisText(months)).toBe(text);
  });
});
