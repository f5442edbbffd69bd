/**
 * Shapes for the engine's own data handed back to it: a plan to print, a dose rule, a worked example, a
 * recommendation to verify. Pages pass these from one engine call to the next, but a caller outside
 * TypeScript may pass anything, so each function that takes one checks it with a shape first and answers
 * plainly when it does not match (issue #23: never a throw). A shape is a predicate, built from these.
 */
export type Shape = (value: unknown) => boolean;

export const text: Shape = (value) => typeof value === 'string';
/** A caller's words for a message (a label, a unit, an example): some text, and not a page of it. */
export const words: Shape = (value) => typeof value === 'string' && value.trim() !== '' && value.length <= 200;
export const finite: Shape = (value) => typeof value === 'number' && Number.isFinite(value);
export const flag: Shape = (value) => typeof value === 'boolean';

/** One of the given values (a closed vocabulary). */
export const literal = (...allowed: readonly unknown[]): Shape => (value) => allowed.includes(value);

export const optional = (shape: Shape): Shape => (value) => value === undefined || shape(value);

/** The longest list of the engine's own data it reads back (its longest is a few hundred entries). */
const MAX_ENTRIES = 10_000;

/** A list of entries of one shape; a hole is not an entry, so a list with one does not match. */
export const listOf = (shape: Shape): Shape => (value) =>
  Array.isArray(value) && value.length <= MAX_ENTRIES && Array.from(value, shape).every(Boolean);

/** An object with at least these fields, each of its shape (other fields are left alone). */
export function record(fields: Readonly<Record<string, Shape>>): Shape {
  return (value) => typeof value === 'object' && value !== null && !Array.isArray(value)
    && Object.entries(fields).every(([key, shape]) => shape((value as Record<string, unknown>)[key]));
}

/** The value typed as `T` when it has the shape, else undefined. */
export function shaped<T>(value: unknown, shape: Shape): T | undefined {
  // The shape has just checked every field the callers read: the value is a `T` as far as they can tell.
  return shape(value) ? (value as T) : undefined;
}

/** The deepest nesting of plain data read back: the engine's own data nests a few levels. */
const MAX_DEPTH = 8;

/**
 * Plain data as JSON writes it (text, finite numbers, true/false, null, lists and plain objects of these),
 * so that comparing two values as JSON text neither throws (a bigint, a cycle) nor loses a field silently.
 */
export function jsonData(value: unknown, depth = 0): boolean {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value);
  if (depth >= MAX_DEPTH || typeof value !== 'object') return false;
  if (Array.isArray(value)) return value.length <= MAX_ENTRIES && Array.from(value, (entry) => jsonData(entry, depth + 1)).every(Boolean);
  if (Object.getPrototypeOf(value) !== Object.prototype) return false;
  return Object.values(value).every((entry) => entry === undefined || jsonData(entry, depth + 1));
}
