// The shared case: what the reader typed, converted by the engine, and its shareable link.
import { describe, expect, it } from 'vitest';
import { caseValues } from './case-values';
import { caseCodec } from './case-url';
import { emptyCase, type CaseFields } from './case';
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

describe('case link', () => {
  it('round-trips every field through the query string', () => {
    const fields = typed({
      age: '45', weight: '154', weightUnit: 'lb', height: '67', heightUnit: 'in', count: '8000', countUnit: '/uL',
      bleeding: 'mucosal', months: '14', prior: [{ therapy: 'corticosteroids', outcome: 'dependent' }, { therapy: 'ivig', outcome: 'no-response' }],
      pregnant: 'yes', rhD: 'positive', splenectomised: 'no', haemoglobin: '9.5', haemoglobinUnit: 'g/dL',
    });
    const params = new URLSearchParams();
    caseCodec.encode(fields, params);
    expect(params.get('wtu')).toBe('lb');
    expect(params.get('splen')).toBe('0');
    expect(caseCodec.decode(params, emptyCase)).toEqual({ value: fields, rejected: [] });
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
