/**
 * The reader's unit choices (kg or lb, ×10⁹/L or /µL…) remembered on this device, so a US reader does not
 * re-pick pounds on every visit. Only units: nothing about the patient is ever stored, and nothing but a
 * unit is ever read back. What is stored is checked before use, as a link is: storage is shared with every
 * other page on this origin and with the reader's own tinkering, so a value may be anything.
 */
import type { Remembered } from '../shared/binding';
import type { SafeStorage } from '../shared/storage';
import { $case, emptyCase, type CaseFields } from './case';
import { caseCodec } from './case-url';

const KEY = 'itp-pathway:units';
/** Four unit parameters are under 60 characters: a longer value is not one this site wrote. */
const MAX_LENGTH = 200;

type UnitKey = 'weightUnit' | 'heightUnit' | 'countUnit' | 'haemoglobinUnit';

/** Each unit's parameter in the case's link (case-url.ts) and its field. */
const units: readonly [param: string, key: UnitKey][] = [['wtu', 'weightUnit'], ['htu', 'heightUnit'], ['pltu', 'countUnit'], ['hbu', 'haemoglobinUnit']];

/**
 * The units in a stored value, read through the case's own link codec (which takes only a unit the engine
 * has) from the unit parameters alone, each named once: anything else in the value (an unknown unit, a
 * repeated parameter, a patient's weight, text that is not a query at all) is left out.
 * @example storedUnits('wtu=lb&wt=70&pltu=stone') // { weightUnit: 'lb' }
 */
export function storedUnits(text: string | undefined): Partial<Pick<CaseFields, UnitKey>> {
  if (text === undefined || text.length > MAX_LENGTH) return {};
  const stored = new URLSearchParams(text);
  const only = new URLSearchParams();
  for (const [param] of units) {
    const values = stored.getAll(param);
    if (values.length === 1) only.set(param, values[0] ?? '');
  }
  const read = caseCodec.decode(only, emptyCase).value;
  // A unit the codec refused is not in `read` (it kept the default there): only what it took is restored.
  return Object.fromEntries(units.filter(([param, key]) => read[key] === only.get(param)).map(([, key]) => [key, read[key]]));
}

/** The units that differ from the defaults, in the link's format: "wtu=lb&pltu=%2FuL". */
function unitsText(value: CaseFields): string {
  const params = new URLSearchParams();
  for (const [param, key] of units) if (value[key] !== emptyCase[key]) params.set(param, value[key]);
  return params.toString();
}

export const rememberedUnits: Remembered = {
  restore(storage: SafeStorage) {
    $case.set({ ...$case.get(), ...storedUnits(storage.get(KEY)) });
  },
  remember(storage: SafeStorage) {
    let last = unitsText($case.get());
    return $case.listen((value) => {
      const text = unitsText(value);
      if (text === last) return;
      last = text;
      storage.set(KEY, text);
    });
  },
};
