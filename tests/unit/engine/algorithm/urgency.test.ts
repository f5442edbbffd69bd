import { describe, expect, it } from 'vitest';
import { recommend, type CaseInput } from '../../../../src/engine/algorithm';
import { adviseWithNotes, chronicDependentAdult } from './helpers';

/** An established adult (24 months) with no bleeding and a count that alone is routine. */
const calm: CaseInput = { ...chronicDependentAdult, bleeding: 'none', count: 40 };

describe('urgency: emergency = life-threatening bleeding; urgent = mucosal, below 10, or newly diagnosed below 20; modifiers below 30', () => {
  it.each([
    // [source, change, urgency, note code]
    ['ICR 2019, guidelines.md §4.4: life-threatening bleeding', { bleeding: 'life-threatening', count: 80 }, 'emergency', 'urgency-life-threatening-bleeding'],
    ['ICR 2019, §2.1: mucosal bleeding', { bleeding: 'mucosal', count: 80 }, 'urgent', 'urgency-mucosal-bleeding'],
    ['CARMEN/Hato 2020, §4.2: count 9.9', { count: 9.9 }, 'urgent', 'urgency-count-below-10'],
    ['CARMEN/Hato 2020, §4.2: count 10', { count: 10 }, 'routine', undefined],
    ['CARMEN/Hato 2020, §4.2: count 10.1', { count: 10.1 }, 'routine', undefined],
    ['ASH 2019 rec 2a, §1.2: newly diagnosed, count 19.9', { monthsSinceDiagnosis: 1, count: 19.9 }, 'urgent', 'urgency-newly-diagnosed-below-20'],
    ['ASH 2019 rec 2a: newly diagnosed, count 20', { monthsSinceDiagnosis: 1, count: 20 }, 'routine', undefined],
    ['ASH 2019 rec 2a: newly diagnosed, count 20.1', { monthsSinceDiagnosis: 1, count: 20.1 }, 'routine', undefined],
    ['IWG 2009, §3.1: 2.99 months is newly diagnosed', { monthsSinceDiagnosis: 2.99, count: 15 }, 'urgent', 'urgency-newly-diagnosed-below-20'],
    ['IWG 2009: 3 months is persistent, rec 2a outpatient', { monthsSinceDiagnosis: 3, count: 15 }, 'routine', undefined],
    ['IWG 2009: 3.01 months is persistent', { monthsSinceDiagnosis: 3.01, count: 15 }, 'routine', undefined],
    ['Hato 2020, §8.3: age 59.99, count 25', { ageYears: 59.99, count: 25 }, 'routine', undefined],
    ['Hato 2020, §8.3: age 60, count 25 (OR 3.09 for ICH)', { ageYears: 60, count: 25 }, 'urgent', 'urgency-older-age-below-30'],
    ['Cohen 2000, §4.2: age 60, count 29.9', { ageYears: 60, count: 29.9 }, 'urgent', 'urgency-older-age-below-30'],
    ['Cohen 2000: age 60, count 30', { ageYears: 60, count: 30 }, 'routine', undefined],
    ['CARMEN, §4.2: anticoagulants, count 29.9', { anticoagulants: true, count: 29.9 }, 'urgent', 'urgency-anticoagulants-below-30'],
    ['CARMEN: anticoagulants, count 30', { anticoagulants: true, count: 30 }, 'routine', undefined],
    ['CARMEN: no anticoagulants, count 25', { anticoagulants: false, count: 25 }, 'routine', undefined],
  ] as const)('%s → %s', (_source, change, urgency, code) => {
    const { value, codes } = adviseWithNotes({ ...calm, ...change });
    expect(value.urgency).toBe(urgency);
    const urgencyCodes = codes.filter((c) => c.startsWith('urgency-'));
    expect(urgencyCodes).toEqual(code === undefined ? [] : [code]);
  });

  it('keeps the highest level when several rules hold (life-threatening bleeding with a count of 5 at age 70)', () => {
    const { value, codes } = adviseWithNotes({ ...calm, bleeding: 'life-threatening', count: 5, ageYears: 70, anticoagulants: true });
    expect(value.urgency).toBe('emergency');
    expect(codes.filter((c) => c.startsWith('urgency-'))).toEqual(['urgency-life-threatening-bleeding']);
  });

  it('the urgency note says why and cites its source (ASH 2019 rec 2a)', () => {
    const result = recommend({ ...calm, monthsSinceDiagnosis: 1, count: 12 });
    expect(result.ok && result.warnings[0]).toEqual({
      code: 'urgency-newly-diagnosed-below-20',
      message: 'Newly diagnosed (under 3 months) with a count below 20 ×10⁹/L: ASH 2019 suggests admission (rec 2a, conditional).',
      citation: 'ash-2019 rec 2a',
    });
  });

  // ASH 2019 rec 10a (guidelines.md §1.3): children below 20 with no or mild bleeding, outpatient care suggested.
  it.each([
    ['newly diagnosed child, minor bleeding, count 15', { ageYears: 8, monthsSinceDiagnosis: 1, count: 15, bleeding: 'minor' }, true],
    ['newly diagnosed child, no bleeding, count 5', { ageYears: 8, monthsSinceDiagnosis: 1, count: 5, bleeding: 'none' }, true],
    ['newly diagnosed child, count 20', { ageYears: 8, monthsSinceDiagnosis: 1, count: 20, bleeding: 'none' }, false],
    ['child at 6 months, count 15', { ageYears: 8, monthsSinceDiagnosis: 6, count: 15, bleeding: 'none' }, false],
    ['newly diagnosed child with mucosal bleeding', { ageYears: 8, monthsSinceDiagnosis: 1, count: 15, bleeding: 'mucosal' }, false],
    ['newly diagnosed adult, count 15', { ageYears: 18, monthsSinceDiagnosis: 1, count: 15, bleeding: 'none' }, false],
  ] as const)('%s: outpatient note %s, urgency still urgent when below 20', (_name, change, noted) => {
    const { value, codes } = adviseWithNotes({ ...calm, prior: [], ...change });
    expect(codes.includes('urgency-child-outpatient')).toBe(noted);
    if (noted) expect(value.urgency).toBe('urgent');
  });
});
