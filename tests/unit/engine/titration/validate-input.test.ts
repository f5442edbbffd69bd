import { describe, expect, it } from 'vitest';
import { errorFields, onDays, run, titrateAny } from './helpers';

const counts = onDays([0, 20], [7, 30]);

describe('titrate: bad input gives field errors, never a throw', () => {
  it.each([
    // [case, input, fields]
    ['not an object', null, ['agent', 'counts']],
    ['a string', 'romiplostim', ['agent', 'counts']],
    ['unknown agent', { agent: 'alvaiz', counts }, ['agent']],
    ['counts missing', { agent: 'fostamatinib' }, ['counts']],
    ['counts not a list', { agent: 'fostamatinib', counts: { day: 0, count: 20 } }, ['counts']],
    ['counts empty', { agent: 'fostamatinib', counts: [] }, ['counts']],
    ['an entry not an object', { agent: 'fostamatinib', counts: [{ day: 0, count: 20 }, 30] }, ['counts[1]']],
    ['first day not 0', { agent: 'fostamatinib', counts: onDays([1, 20], [7, 30]) }, ['counts[0].day']],
    ['first day negative: one error for the field', { agent: 'fostamatinib', counts: onDays([-1, 20]) }, ['counts[0].day']],
    ['first day missing', { agent: 'fostamatinib', counts: [{ count: 20 }] }, ['counts[0].day']],
    ['days out of order', { agent: 'fostamatinib', counts: onDays([0, 20], [14, 30], [7, 30]) }, ['counts[2].day']],
    ['day duplicated', { agent: 'fostamatinib', counts: onDays([0, 20], [7, 30], [7, 30]) }, ['counts[2].day']],
    ['negative count', { agent: 'fostamatinib', counts: onDays([0, 20], [7, -1]) }, ['counts[1].count']],
    ['count not a number', { agent: 'fostamatinib', counts: [{ day: 0, count: '20' }] }, ['counts[0].count']],
    ['count NaN', { agent: 'fostamatinib', counts: [{ day: 0, count: Number.NaN }] }, ['counts[0].count']],
    ['day not whole', { agent: 'fostamatinib', counts: onDays([0, 20], [7.5, 30]) }, ['counts[1].day']],
    ['romiplostim without a weight', { agent: 'romiplostim', counts }, ['weightKg']],
    ['romiplostim without a weight and with a bad count', { agent: 'romiplostim', counts: onDays([0, -5]) }, ['counts[0].count', 'weightKg']],
    ['weight out of range', { agent: 'romiplostim', weightKg: 0.4, counts }, ['weightKg']],
    ['weight Infinity', { agent: 'romiplostim', weightKg: Number.POSITIVE_INFINITY, counts }, ['weightKg']],
    ['cypInteraction given for romiplostim', { agent: 'romiplostim', weightKg: 70, options: { cypInteraction: 'dual-inhibitor' }, counts }, ['options.cypInteraction']],
    ['cypInteraction given for eltrombopag', { agent: 'eltrombopag', options: { ageYears: 40, cypInteraction: 'dual-inducer' }, counts }, ['options.cypInteraction']],
    ['East-Asian ancestry set for romiplostim', { agent: 'romiplostim', weightKg: 70, options: { eastAsianAncestry: true }, counts }, ['options.eastAsianAncestry']],
    ['hepatic impairment set for fostamatinib', { agent: 'fostamatinib', options: { hepaticImpairment: true }, counts }, ['options.hepaticImpairment']],
    ['unknown cypInteraction', { agent: 'avatrombopag', options: { cypInteraction: 'inhibitor' }, counts }, ['options.cypInteraction']],
    ['options not an object', { agent: 'fostamatinib', options: 'eu', counts }, ['options']],
    ['unknown rule set', { agent: 'romiplostim', weightKg: 70, options: { ruleset: 'uk' }, counts }, ['options.ruleset']],
    ['eltrombopag without an age', { agent: 'eltrombopag', counts }, ['options.ageYears']],
    ['eltrombopag under 1 year', { agent: 'eltrombopag', options: { ageYears: 0.9 }, counts }, ['options.ageYears']],
    ['romiplostim under 1 year', { agent: 'romiplostim', weightKg: 7, options: { ageYears: 0.5 }, counts }, ['options.ageYears']],
    ['boolean option not a boolean', { agent: 'eltrombopag', options: { ageYears: 40, hepaticImpairment: 'yes' }, counts }, ['options.hepaticImpairment']],
    ['an updated weight with no age to tell a child', { agent: 'romiplostim', weightKg: 20, counts: [{ day: 0, count: 20 }, { day: 7, count: 30, weightKg: 21 }] }, ['counts[1].weightKg']],
    ['an updated weight out of range', { agent: 'romiplostim', weightKg: 20, options: { ageYears: 5 }, counts: [{ day: 0, count: 20 }, { day: 7, count: 30, weightKg: 400 }] }, ['counts[1].weightKg']],
    ['an updated weight out of range beside a bad count', { agent: 'romiplostim', weightKg: 20, options: { ageYears: 5 }, counts: [{ day: 0, count: -1 }, { day: 7, count: 30, weightKg: 400 }] }, ['counts[0].count', 'counts[1].weightKg']],
    ['a bad agent beside bad counts', { agent: 7, counts: [] }, ['agent', 'counts']],
    ['an agent error beside a count error', { agent: 'eltrombopag', counts: onDays([0, -1]) }, ['counts[0].count', 'options.ageYears']],
  ])('%s', (_case, input, fields) => {
    expect(errorFields(input)).toEqual(fields);
  });

  it.each(['eltrombopag', 'avatrombopag', 'fostamatinib'])('the EU SmPC rule set for %s is refused: only the US label is implemented', (agent) => {
    const result = titrateAny({ agent, options: { ageYears: 40, ruleset: 'eu-smpc' }, counts });
    expect(result).toMatchObject({ ok: false, errors: [{ field: 'options.ruleset' }] });
    if (!result.ok) expect(result.errors[0].message).toBe(`Only the US label is implemented for ${agent}: its EU SmPC table has not been verified. Choose the US label.`);
  });

  it('says why in words a clinician reads', () => {
    const result = titrateAny({ agent: 'romiplostim', options: { cypInteraction: 'dual-inhibitor' }, counts: onDays([3, 20]) });
    expect(result).toMatchObject({
      ok: false,
      errors: [
        { field: 'counts[0].day', message: 'The first assessment must be day 0, the day of the first dose (this one is day 3).' },
        { field: 'weightKg', message: 'Enter the weight at initiation: romiplostim is dosed by actual body weight.' },
        { field: 'options.cypInteraction', message: 'A CYP2C9 and CYP3A4 interaction sets the avatrombopag start level only; it does not apply to romiplostim.' },
      ],
    });
  });

  it('accepts options given as false or left out, and the US label named explicitly', () => {
    expect(run({ agent: 'romiplostim', weightKg: 70, options: { eastAsianAncestry: false, hepaticImpairment: false, ruleset: 'us-label' }, counts }).value.ruleset).toBe('us-label');
    expect(run({ agent: 'fostamatinib', counts }).steps).toHaveLength(2);
  });
});
