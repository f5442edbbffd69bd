/**
 * Reading and writing one parameter of a shareable link, for the tool codecs. A parameter that is present
 * but unusable is reported in `rejected` (shown to the reader) and the default is kept.
 */
import type { Answer } from './parse-input';
import { linkMessages } from './messages';

/** The parameter's value when it is one of `allowed`; undefined when absent or rejected. */
export function readChoice<T extends string>(
  params: URLSearchParams, name: string, allowed: readonly T[], rejected: string[],
): T | undefined {
  const raw = params.get(name);
  if (raw === null) return undefined;
  const chosen = allowed.find((choice) => choice === raw);
  if (chosen === undefined) rejected.push(linkMessages.notAChoice(name, raw, allowed));
  return chosen;
}

/** Writes `value`, or removes the parameter when it equals the default (short links). */
export function writeValue(params: URLSearchParams, name: string, value: string, fallback: string): void {
  if (value === fallback) params.delete(name);
  else params.set(name, value);
}

/** A yes/no answer written as 1 or 0, as the case's own flags are. */
export function readAnswer(params: URLSearchParams, name: string, rejected: string[]): Answer | undefined {
  const raw = params.get(name);
  if (raw === null) return undefined;
  if (raw === '1' || raw === '0') return raw === '1' ? 'yes' : 'no';
  rejected.push(linkMessages.notAFlag(name, raw));
  return undefined;
}

export function writeAnswer(params: URLSearchParams, name: string, answer: Answer): void {
  if (answer === '') params.delete(name);
  else params.set(name, answer === 'yes' ? '1' : '0');
}
