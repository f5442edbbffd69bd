// Remembered units are read back only after a check, whatever the stored value has become: storage is
// shared with every other page on this origin and with the reader's own tinkering. Each corrupted form is
// one case; a stored value never brings back anything but a unit the engine has.
import { beforeEach, describe, expect, it } from 'vitest';
import type { SafeStorage } from '../shared/storage';
import { $case, emptyCase } from './case';
import { rememberedUnits, storedUnits } from './remembered-units';

describe('storedUnits', () => {
  it.each([
    ['nothing stored', undefined, {}],
    ['an empty value', '', {}],
    ['every unit, as this site writes them', 'wtu=lb&htu=in&pltu=%2FuL&hbu=g%2FL', { weightUnit: 'lb', heightUnit: 'in', countUnit: '/uL', haemoglobinUnit: 'g/L' }],
    ['a unit the engine does not have', 'wtu=stone&htu=in', { heightUnit: 'in' }],
    ['a unit under another unit’s name', 'wtu=cm', {}],
    ['a unit named twice', 'wtu=lb&wtu=kg', {}],
    ['an empty unit', 'wtu=', {}],
    ['a patient’s values beside the units', 'wtu=lb&wt=70&age=45&preg=1', { weightUnit: 'lb' }],
    ['JSON instead of a query', '{"wtu":"lb"}', {}],
    ['broken percent-encoding', 'wtu=%E0%A4%A&htu=in', { heightUnit: 'in' }],
    ['a unit in the wrong case', 'wtu=LB', {}],
    ['a value far longer than this site writes', `wtu=lb&x=${'a'.repeat(300)}`, {}],
  ] as const)('%s', (_name, text, expected) => {
    expect(storedUnits(text)).toEqual(expected);
  });
});

describe('rememberedUnits', () => {
  let stored: Map<string, string>;
  const storage: SafeStorage = { get: (key) => stored.get(key), set: (key, value) => void stored.set(key, value) };

  beforeEach(() => {
    stored = new Map();
    $case.set({ ...emptyCase });
  });

  it('restores the units a stored value holds and leaves the rest of the case as it is', () => {
    stored.set('itp-pathway:units', 'pltu=%2FuL&wt=70');
    rememberedUnits.restore(storage);
    expect($case.get()).toEqual({ ...emptyCase, countUnit: '/uL' });
  });

  it('stores the units that differ from the defaults as they change, and nothing about the patient', () => {
    const stop = rememberedUnits.remember(storage);
    $case.set({ ...$case.get(), weight: '70' });
    expect(stored.size).toBe(0);
    $case.set({ ...$case.get(), weightUnit: 'lb' });
    expect(stored.get('itp-pathway:units')).toBe('wtu=lb');
    stop();
  });
});
