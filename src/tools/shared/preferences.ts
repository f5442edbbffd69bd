/**
 * The reader's unit choices (kg or lb, ×10⁹/L or /µL…) remembered on this device, so a US reader does not
 * re-pick pounds on every visit. Only units: nothing about the patient is ever stored. Kept in the link's
 * own parameter format and read back through the case codec, so a stored value is checked like a link's.
 */
import { $case } from '../case/case';
import { caseCodec } from '../case/case-url';
import type { SafeStorage } from './storage';

const KEY = 'itp-pathway:units';
const unitParams = ['wtu', 'htu', 'pltu', 'hbu'] as const;

function unitsOnly(params: URLSearchParams): URLSearchParams {
  const units = new URLSearchParams();
  for (const name of unitParams) {
    const value = params.get(name);
    if (value !== null) units.set(name, value);
  }
  return units;
}

/** Applies the remembered units to the case; an unreadable stored value is ignored. */
export function restoreUnits(storage: SafeStorage): void {
  const saved = unitsOnly(new URLSearchParams(storage.get(KEY) ?? ''));
  $case.set(caseCodec.decode(saved, $case.get()).value);
}

/** Stores the case's units whenever they change; returns the unsubscribe function. */
export function rememberUnits(storage: SafeStorage): () => void {
  return $case.listen((value) => {
    const params = new URLSearchParams();
    caseCodec.encode(value, params);
    storage.set(KEY, unitsOnly(params).toString());
  });
}
