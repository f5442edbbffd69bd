// The shared case: what the reader typed, converted by the engine, and its shareable link.
import { describe, expect, it } from 'vitest';
import { caseValues } from './case-values';
import { withWeightCheck } from './weight-check';
import { caseCodec } from './case-url';
import { $case, emptyCase, setCaseField, type CaseFields } from './case';
import { parseInput } from '../shared/parse-input';

const typed = (fields: Partial<CaseFields>): CaseFields => ({ ...emptyCase, ...fields });

describe('parseInput', () => {
  it.each([
    ['', undefined],
    ['  ', undefined],
    ['72.5', 72.5],
    ['72,5', 72.5],
    ['abc', Number.NaN],
  ])('"%s" → %s', (text, expected) => {
    expect(parseInput(text)).toBe(expected);
  });
});

describe('caseValues', () => {
  it('converts /µL to ×10⁹/L and says which unit it assumed', () => {
    const values = caseValues(typed({ count: '20000', countUnit: '/uL' }));
    expect(values.count).toBe(20);
    expect(values.notes.count?.[0]?.message).toContain('20,000 /µL = 20 ×10⁹/L');
  });

  it('flags a count typed per µL while ×10⁹/L is selected, instead of accepting it', () => {
    const values = caseValues(typed({ count: '20000', countUnit: 'x10^9/L' }));
    expect(values.count).toBeUndefined();
    expect(values.errors.count).toMatch(/µL/);
  });

  it('converts pounds to kilograms exactly', () => {
    expect(caseValues(typed({ weight: '154', weightUnit: 'lb' })).weightKg).toBeCloseTo(69.85322498, 8);
  });

  it('reports an impossible age beside its field and leaves the rest usable', () => {
    const values = caseValues(typed({ age: '130', weight: '70' }));
    expect(values.errors.age).toContain('age');
    expect(values.ageYears).toBeUndefined();
    expect(values.weightKg).toBe(70);
  });

  it('leaves fields that were not filled in out, with no error', () => {
    expect(caseValues(emptyCase)).toEqual({ errors: {}, notes: {} });
  });
});

// Issue #18: typed text goes to the engine as typed, so its separator rules read it, and the notes say how.
describe('caseValues reads typed numbers by the engine’s rules', () => {
  const messages = (notes: readonly { message: string }[] | undefined) => notes?.map((note) => note.message) ?? [];

  it.each([['8,000', 8], ['230,000', 230], ['8 000', 8]])('"%s" per µL is %s ×10⁹/L, saying the thousands were read', (text, count) => {
    const values = caseValues(typed({ count: text, countUnit: '/uL' }));
    expect(values.count).toBe(count);
    expect(messages(values.notes.count).join(' ')).toMatch(/separate thousands|separates thousands/);
  });

  it('asks when "1,000" kg could be a thousand or one, and computes nothing from it', () => {
    const values = caseValues(typed({ weight: '1,000' }));
    expect(values.weightKg).toBeUndefined();
    expect(values.errors.weight).toMatch(/^Did you mean 1,000 or 1\?/);
  });

  it('never shows 49,999 /µL as 50 beside the field', () => {
    const note = messages(caseValues(typed({ count: '49,999', countUnit: '/uL' })).notes.count).join(' ');
    expect(note).toContain('49.999 ×10⁹/L');
    expect(note).not.toMatch(/= 50 ×10⁹\/L/);
  });

  it('reads a decimal comma in the age and the months', () => {
    const values = caseValues(typed({ age: '2,5', months: '2,9' }));
    expect([values.ageYears, values.monthsSinceDiagnosis]).toEqual([2.5, 2.9]);
  });

  it('blocks 2 kg for a 45-year-old who is 170 cm tall until the weight is confirmed, then warns (weight-check.ts)', () => {
    const checked = (fields: CaseFields) => withWeightCheck(fields, caseValues(fields));
    expect(checked(typed({ age: '45', weight: '70', height: '170' }))).toEqual(caseValues(typed({ age: '45', weight: '70', height: '170' })));
    const blocked = checked(typed({ age: '45', weight: '2', height: '170' }));
    expect(blocked.weightKg).toBeUndefined();
    expect(blocked.weightCheck).toBe('implausible');
    expect(blocked.errors.weight).toMatch(/^2 kg is not a plausible weight for a 45-year-old who is 170 cm tall/);
    const confirmed = checked(typed({ age: '45', weight: '2', height: '170', weightConfirmed: 'yes' }));
    expect(confirmed.weightKg).toBe(2);
    expect(confirmed.weightCheck).toBe('confirmed');
    expect(confirmed.notes.weight?.map((note) => note.code)).toEqual(['weight-confirmed']);
  });

  it('reads the gestation only in pregnancy, and reports one out of range beside it', () => {
    expect(caseValues(typed({ gestation: '30' })).gestationWeeks).toBeUndefined();
    expect(caseValues(typed({ pregnant: 'yes', gestation: '30' })).gestationWeeks).toBe(30);
    expect(caseValues(typed({ pregnant: 'yes', gestation: '300' })).errors.gestation).toMatch(/gestation/);
  });

  it('says a half-chosen earlier treatment is not counted yet, naming its row; a blank row is no error', () => {
    expect(caseValues(typed({ prior: [{ therapy: 'ivig', outcome: 'no-response' }, { therapy: 'corticosteroids', outcome: '' }] })).errors.prior)
      .toMatch(/^Earlier treatment 2 has a treatment or an outcome but not both/);
    expect(caseValues(typed({ prior: [{ therapy: '', outcome: '' }] })).errors.prior).toBeUndefined();
  });
});

describe('setCaseField', () => {
  it('takes a weight confirmation back when the weight or its unit changes, not otherwise', () => {
    $case.set(typed({ weight: '2', weightConfirmed: 'yes' }));
    setCaseField('age', '45');
    expect($case.get().weightConfirmed).toBe('yes');
    setCaseField('weight', '2');
    expect($case.get().weightConfirmed).toBe('yes');
    setCaseField('weight', '20');
    expect($case.get().weightConfirmed).toBe('');
    $case.set(typed({ weight: '2', weightConfirmed: 'yes' }));
    setCaseField('weightUnit', 'lb');
    expect($case.get().weightConfirmed).toBe('');
    $case.set({ ...emptyCase });
  });
});

describe('case link', () => {
  it('round-trips every field through the query string', () => {
    const fields = typed({
      age: '45', weight: '154', weightUnit: 'lb', height: '67', heightUnit: 'in', count: '8000', countUnit: '/uL',
      bleeding: 'mucosal', months: '14', prior: [{ therapy: 'corticosteroids', outcome: 'dependent' }, { therapy: 'ivig', outcome: 'no-response' }],
      pregnant: 'yes', rhD: 'positive', splenectomised: 'no', haemoglobin: '9.5', haemoglobinUnit: 'g/dL',
      gestation: '30.5', deliveryPlanned: 'no', hepatic: 'yes', weightConfirmed: 'yes',
    });
    const params = new URLSearchParams();
    caseCodec.encode(fields, params);
    expect(params.get('wtu')).toBe('lb');
    expect(params.get('splen')).toBe('0');
    expect(caseCodec.decode(params, emptyCase)).toEqual({ value: fields, rejected: [] });
  });

  it('writes only complete earlier treatments: a half-chosen row, which blocks the advice, has no meaning in a link', () => {
    const params = new URLSearchParams();
    caseCodec.encode(typed({ prior: [{ therapy: 'ivig', outcome: 'no-response' }, { therapy: 'corticosteroids', outcome: '' }] }), params);
    expect(params.get('prior')).toBe('ivig:no-response');
  });

  it('keeps the default and says so when a link carries an unknown choice', () => {
    const decoded = caseCodec.decode(new URLSearchParams('wtu=stone&preg=yes&bleed=mucosal'), emptyCase);
    expect(decoded.value.weightUnit).toBe('kg');
    expect(decoded.value.pregnant).toBe('');
    expect(decoded.value.bleeding).toBe('mucosal');
    expect(decoded.rejected).toEqual([
      '“wtu=stone” is not one of kg, lb; the default was kept.',
      '“preg=yes” must be 1 or 0; the default was kept.',
    ]);
  });

  it('leaves unanswered yes/no questions and the default units out of the link', () => {
    const params = new URLSearchParams();
    caseCodec.encode(typed({ weight: '70' }), params);
    expect(params.toString()).toBe('wt=70');
  });

  it('keeps earlier treatments in the engine vocabulary and says which pairs it dropped', () => {
    const decoded = caseCodec.decode(new URLSearchParams('prior=ivig:no-response,steroids:response,tpo-ra,rituximab:dependent:x,,'), emptyCase);
    expect(decoded.value.prior).toEqual([{ therapy: 'ivig', outcome: 'no-response' }]);
    expect(decoded.rejected).toEqual([
      '“prior=steroids:response” is not an earlier treatment and outcome (therapy:outcome); it was left out.',
      '“prior=tpo-ra” is not an earlier treatment and outcome (therapy:outcome); it was left out.',
      '“prior=rituximab:dependent:x” is not an earlier treatment and outcome (therapy:outcome); it was left out.',
    ]);
  });
});
