// The shapes the engine checks its own data against when a caller hands it back (src/engine/shape.ts).
import { describe, expect, it } from 'vitest';
import { finite, jsonData, listOf, literal, optional, record, shaped, text, words } from '../../../src/engine/shape';

describe('shapes', () => {
  const dose = record({ amount: finite, unit: literal('mg', 'mcg'), note: optional(text) });

  it('accepts the engine’s own shape and nothing short of it', () => {
    expect(dose({ amount: 5, unit: 'mg' })).toBe(true);
    expect(dose(new Proxy({ amount: 5, unit: 'mcg', note: 'x' }, {}))).toBe(true);
    for (const value of [null, [], { amount: Number.NaN, unit: 'mg' }, { amount: 5, unit: 'g' }, { amount: 5, unit: 'mg', note: 1 }]) {
      expect(dose(value)).toBe(false);
    }
  });

  it('reads a list with a hole, or one longer than any the engine makes, as no list', () => {
    const holed = [1, 2];
    delete holed[0];
    expect(listOf(finite)([1, 2])).toBe(true);
    expect(listOf(finite)(holed)).toBe(false);
    expect(listOf(finite)(new Array(10_001).fill(1))).toBe(false);
  });

  it('takes words of some length, not blanks or pages', () => {
    expect([words('weight'), words(' '), words('x'.repeat(201)), words(5)]).toEqual([true, false, false, false]);
  });

  it('types a value only when it has the shape', () => {
    expect(shaped<{ amount: number }>({ amount: 5, unit: 'mg' }, dose)).toEqual({ amount: 5, unit: 'mg' });
    expect(shaped({ amount: 5 }, dose)).toBeUndefined();
  });

  it('knows plain data from what JSON would throw on or drop', () => {
    expect(jsonData({ a: [1, 'b', null, true, { c: undefined }] })).toBe(true);
    const deep = JSON.parse(`${'['.repeat(9)}${']'.repeat(9)}`) as unknown;
    for (const value of [1n, Number.POSITIVE_INFINITY, new Date(0), deep, new Array(10_001).fill(0), Symbol('s')]) {
      expect(jsonData(value)).toBe(false);
    }
  });
});
