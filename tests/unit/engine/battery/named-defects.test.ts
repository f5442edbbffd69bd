/**
 * The defects issue #23 names, each as a reader or a caller would meet it, beside the battery that found
 * them (run-battery.ts holds every export to the same promise over arbitrary values).
 */
import { describe, expect, it } from 'vitest';
import {
  assessResponse, avatrombopagMgPerWeek, citationKey, monitoringPlan, regimenName, titrate, weightToKg,
  type AvatrombopagLevel, type TitrationInput,
} from '../../../../src/engine';

const fields = (result: { ok: boolean; errors?: { field: string }[] }) => (result.ok ? [] : (result.errors ?? []).map((error) => error.field));

describe('a list with holes is read as entries left out, never skipped or crashed on', () => {
  it('names each hole in a response assessment’s counts', () => {
    const result = assessResponse({ baselineCount: 10, counts: new Array(3), bleeding: false });
    expect(fields(result)).toEqual(['counts[0]', 'counts[1]', 'counts[2]']);
  });

  it('names the hole between two counts of a titration and of its monitoring plan', () => {
    const counts = [{ day: 0, count: 20 }, undefined, { day: 14, count: 30 }];
    delete counts[1];
    const input = { agent: 'romiplostim', weightKg: 70, counts } as unknown as TitrationInput;
    expect(fields(titrate(input))).toEqual(['counts[1]']);
    expect(fields(monitoringPlan(input))).toEqual(['counts[1]']);
  });

  it('reads a proxy of plain data as the data itself', () => {
    const input: TitrationInput = { agent: 'eltrombopag', options: { ageYears: 40 }, counts: [{ day: 0, count: 20 }] };
    expect(titrate(new Proxy(input, {}))).toEqual(titrate(input));
  });
});

describe('helpers answer anything with a plain refusal, never a throw', () => {
  it('names no regimen, no citation key and no weekly total for what is not one', () => {
    expect(regimenName({} as never)).toBe('(unknown regimen)');
    expect(citationKey(null as never)).toBe('');
    expect(avatrombopagMgPerWeek(48 as unknown as AvatrombopagLevel)).toBeUndefined();
  });
});

describe('a message never prints a number it cannot show', () => {
  it('says a weight of 1e307 lb is out of range without "(NaN lb = NaN kg)"', () => {
    const result = weightToKg(1e307, 'lb');
    expect(result).toEqual({ ok: false, errors: [{ field: 'weightKg', message: 'The weight must be between 0.5 kg and 350 kg.' }] });
  });

  it('quotes at most 40 characters of what was typed', () => {
    const typed = `1,2${',345'.repeat(100)}`;
    const result = weightToKg(typed, 'kg');
    const message = result.ok ? '' : (result.errors[0]?.message ?? '');
    expect(message).toMatch(/^“1,2(,345){9},…” cannot be read safely/);
  });

  it('keeps a field key that is not text out of the error', () => {
    expect(fields(weightToKg(70, 'stone', { not: 'a key' } as unknown as string))).toEqual(['weightKgUnit']);
  });
});
