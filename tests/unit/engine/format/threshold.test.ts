/**
 * No displayed value is rounded across the threshold that decided it (issue #18): 49,999 /µL is "49.999
 * ×10⁹/L", never "50"; 2.9999 months never "3 months". Checked over every decision threshold the engine has.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { thresholds as algorithmThresholds } from '../../../../src/engine/algorithm';
import { formatAgeYears, formatCount, formatHaemoglobin, formatMonths } from '../../../../src/engine/format/amount';
import { decisionThresholds, formatBeside } from '../../../../src/engine/format/threshold';
import { antiDHaemoglobin } from '../../../../src/engine/regimens';
import { itpPhase } from '../../../../src/engine/phase';
import { plateletsToSI } from '../../../../src/engine/units';

/** The number a reader sees, read back from the text: "49.999 ×10⁹/L" → 49.999. */
const shown = (text: string) => Number((text.split(' ')[0] ?? '').replaceAll(',', ''));

const formatters = [
  ['count', formatCount, decisionThresholds.count],
  ['months', formatMonths, decisionThresholds.months],
  ['ageYears', formatAgeYears, decisionThresholds.ageYears],
  ['haemoglobinGdL', formatHaemoglobin, decisionThresholds.haemoglobinGdL],
] as const;

describe('formatBeside', () => {
  it.each([
    [49.999, [50], 1, '49.999'],
    [12.25, [50], 1, '12.3'], // far from a threshold: the usual decimals
    [50, [50], 1, '50'],
    [50.04, [50], 1, '50.04'], // "50" would read as at the threshold, not above it
    [2.9999, [3, 12], 2, '2.9999'],
    [7.999, [8, 9, 10], 2, '7.999'],
    [17.99, [18], 1, '17.99'],
  ])('%d beside %j → "%s"', (value, thresholds, decimals, text) => {
    expect(formatBeside(value, thresholds, decimals)).toBe(text);
  });

  it('shows the issue’s cases on the right side', () => {
    expect(formatCount(49.999)).toBe('49.999 ×10⁹/L');
    expect(plateletsToSI('49,999', '/uL')).toMatchObject({ warnings: expect.arrayContaining([{ code: 'platelet-unit', message: 'Read as 49,999 /µL = 49.999 ×10⁹/L.' }]) });
    expect(itpPhase({ monthsSinceDiagnosis: 2.9999 })).toMatchObject({ value: 'newly-diagnosed', warnings: [{ message: expect.stringMatching(/^2\.9999 months since diagnosis: newly diagnosed/) }] });
    expect(formatAgeYears(17.99)).toBe('17.99 years');
    expect(formatHaemoglobin(7.999)).toBe('7.999 g/dL');
  });

  it.each(formatters)('%s: every value near every threshold is shown on its side (value − ε, value, value + ε)', (_name, format, thresholds) => {
    for (const t of thresholds) {
      for (const epsilon of [1e-1, 1e-2, 1e-3, 1e-4, 1e-6, 1e-9, 1e-12]) {
        for (const value of [t - epsilon, t, t + epsilon]) {
          expect(Math.sign(shown(format(value)) - t)).toBe(Math.sign(value - t));
        }
      }
    }
  });

  it.each(formatters)('%s: any value is shown on the same side of every threshold (property)', (_name, format, thresholds) => {
    const near = fc.tuple(fc.constantFrom(...thresholds), fc.double({ min: -1, max: 1, noNaN: true })).map(([t, d]) => t + d);
    fc.assert(fc.property(fc.oneof(near, fc.double({ min: 0, max: 2000, noNaN: true })), (value) => {
      for (const t of thresholds) expect(Math.sign(shown(format(value)) - t)).toBe(Math.sign(value - t));
    }), { numRuns: 2000 });
  });

  it('lists the thresholds the engine decides on (the algorithm’s and anti-D’s own data)', () => {
    const { adultFromYears, persistentFromMonths, chronicAfterMonths, childSplenectomyFromYears, childTpoRaFromYears, highRiskCountBelow, admissionCountBelow, observeFromCount, olderFromYears } = algorithmThresholds;
    expect(decisionThresholds.count).toEqual(expect.arrayContaining([highRiskCountBelow, admissionCountBelow, observeFromCount]));
    expect(decisionThresholds.months).toEqual(expect.arrayContaining([persistentFromMonths, chronicAfterMonths]));
    expect(decisionThresholds.ageYears).toEqual(expect.arrayContaining([adultFromYears, childSplenectomyFromYears, childTpoRaFromYears, olderFromYears]));
    expect(decisionThresholds.haemoglobinGdL).toEqual(expect.arrayContaining([antiDHaemoglobin.floorGdL, antiDHaemoglobin.reducedUpToGdL, antiDHaemoglobin.childFloorGdL]));
  });
});
