/**
 * Arbitrary JavaScript values for the engine battery (issue #23 item 3): whatever a caller outside
 * TypeScript could pass — wrong types, null, undefined, symbols, bigints, NaN, ±Infinity, -0, huge and tiny
 * numbers, long and unicode strings, arrays with holes, objects without a prototype, Maps, Dates, boxed
 * primitives, and proxies of plain data. `near` builds an argument of the expected shape whose fields are
 * mostly plausible and sometimes anything, so that the checks behind the first one are reached too.
 */
import fc from 'fast-check';

/** Numbers at the edges of what a double holds or prints: where formatting and arithmetic go wrong. */
export const edgeNumbers = [
  Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, -0, 0, 1e21, -1e21, 9.999999999999999e20, 1e306, 1e307,
  -1e307, Number.MAX_VALUE, -Number.MAX_VALUE, Number.MIN_VALUE, 1e-7, 2 ** 53, Number.EPSILON, 0.1 + 0.2,
];

const longTexts = ['9'.repeat(400), 'x'.repeat(20_000), '1,'.repeat(300), '\u{1D7D8}'.repeat(1000)];

/** Text a reader or a link could carry, typed numbers with separators and prototype names among it. */
export const texts = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc.constantFrom('', ' ', 'NaN', 'Infinity', '-0', '1e307', '40,5', '1 234,5', '8,000', '__proto__', 'toString', 'constructor', ...longTexts),
);

export const numbers = fc.oneof(
  fc.constantFrom(...edgeNumbers),
  fc.double(),
  fc.integer(),
  fc.double({ min: -1, max: 1000, noNaN: true }),
);

const holes = fc.nat({ max: 5 }).map((length) => new Array<unknown>(length));

export const leaf = fc.oneof(numbers, texts, fc.boolean(), fc.constant(null), fc.constant(undefined), fc.constant(Symbol('battery')), fc.bigInt(), holes);

/** The keys of the engine's inputs, so that random objects often carry a field the engine reads. */
const fieldNames = [
  'weightKg', 'heightCm', 'ageYears', 'counts', 'day', 'count', 'agent', 'options', 'ruleset', 'baselineCount', 'bleeding',
  'prior', 'therapy', 'outcome', 'monthsSinceDiagnosis', 'pregnant', 'eastAsianAncestry', 'hepaticImpairment', 'cypInteraction',
  'amount', 'amountMax', 'unit', 'perKg', 'perKgMax', 'perM2', 'basis', 'capped', 'id', 'items', 'drug', 'dose', 'level', 'doses',
  'formula', 'steps', 'check', 'kind', 'input', 'expected', 'label', 'min', 'max', 'lt', 'le', 'gt', 'ge', 'ageGroup',
];

/**
 * Any value at all, a plain object or array wrapped in a proxy half the time it is one. Drawn from a pool
 * sampled afresh on each run: building such values is most of a call's cost, and the pool is large enough
 * that each function meets thousands of different ones.
 */
const anything = fc.tuple(
  fc.anything({
    values: [leaf],
    key: fc.oneof(fc.constantFrom(...fieldNames), fc.string()),
    maxDepth: 2,
    withSparseArray: true, withNullPrototype: true, withMap: true, withSet: true, withDate: true, withBoxedValues: true, withTypedArray: true,
  }),
  fc.boolean(),
).map(([value, proxied]) => (proxied ? proxyOfPlain(value) : value));
const pool = fc.sample(anything, 4000);
export const anyValue: fc.Arbitrary<unknown> = fc.nat({ max: pool.length - 1 }).map((at) => pool[at]);

/** A proxy of a plain object or array (which a caller may hand over without knowing it), else the value. */
export function proxyOfPlain(value: unknown): unknown {
  if (Array.isArray(value)) return new Proxy(value, {});
  if (typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype) return new Proxy(value, {});
  return value;
}

/** A plausible value four times in five, anything else otherwise. */
export function orAny<T>(plausible: fc.Arbitrary<T>): fc.Arbitrary<unknown> {
  return fc.oneof({ weight: 4, arbitrary: plausible }, { weight: 1, arbitrary: anyValue });
}

/** An object with the shape's keys (any may be missing), each plausible or anything, sometimes a proxy. */
export function near(shape: Record<string, fc.Arbitrary<unknown>>): fc.Arbitrary<unknown> {
  const fields = Object.fromEntries(Object.entries(shape).map(([key, value]) => [key, orAny(value)]));
  return orAny(fc.tuple(fc.record(fields, { requiredKeys: [] }), fc.boolean()).map(([record, proxied]) => (proxied ? proxyOfPlain(record) : record)));
}

/** Each field of `data` as a constant, to build `near` shapes from the engine's own data. */
export function constants(data: object): Record<string, fc.Arbitrary<unknown>> {
  return Object.fromEntries(Object.entries(data).map(([key, value]) => [key, fc.constant(value)]));
}

/** A list of items: dense, with holes, or a proxy of either; anything else one time in five. */
export function listOf(item: fc.Arbitrary<unknown>, maxLength = 8): fc.Arbitrary<unknown> {
  return orAny(fc.tuple(fc.oneof(fc.array(item, { maxLength }), fc.sparseArray(item, { maxLength })), fc.boolean())
    .map(([list, proxied]) => (proxied ? new Proxy(list, {}) : list)));
}

/** Well-formed list `list` with one entry made a hole, the shape that once crashed the count readers. */
export function withHole<T>(list: fc.Arbitrary<T[]>): fc.Arbitrary<unknown> {
  return list.chain((items) => fc.nat({ max: Math.max(items.length, 1) }).map((at) => {
    const copy: unknown[] = [...items];
    copy.length = Math.max(copy.length, at + 1);
    delete copy[at];
    return copy;
  }));
}
