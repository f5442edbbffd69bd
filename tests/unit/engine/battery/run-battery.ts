/**
 * The engine keeps its promise for every export (DESIGN.md, "Engine contract"; issue #23 item 3): every
 * function exported by a declared entry point, found by enumerating the modules so that a new export is
 * covered the day it is added, is called 10,000 times with arbitrary JavaScript values and with arguments of
 * its own shape made partly arbitrary (argument-table.ts). It never throws, and nothing in its answer is
 * NaN or Infinity or prints as such (inspect.ts). The functions are dealt into shards, one test file each,
 * so that the test runner spreads them over the machine's cores; each shard prints its run time.
 */
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { entryPoints } from '../../architecture/entry-points';
import { argumentTable, returnedFunctionArguments } from './argument-table';
import { problemsIn } from './inspect';
import { anyValue } from './values';

/** Runs per function: the floor, for every function alike. */
const RUNS = 10_000;

type Exported = (...args: unknown[]) => unknown;

const modules = import.meta.glob<Record<string, unknown>>('../../../../src/engine/**/*.ts');

/** Every exported function of the entry points, once each, under the first name it is exported by. */
export async function exportedFunctions(): Promise<[string, Exported][]> {
  const found = new Map<Exported, string>();
  for (const path of entryPoints) {
    const load = modules[`../../../../${path}`];
    if (load === undefined) throw new Error(`${path} is not an engine module`);
    for (const [name, value] of Object.entries(await load())) {
      if (typeof value === 'function' && !found.has(value as Exported)) found.set(value as Exported, name);
    }
  }
  return [...found].map(([fn, name]) => [name, fn]);
}

/**
 * The formatters, whose answer to a number they cannot show exactly is the gate's refusal, said as such
 * (format/number.ts); every other function must never print one.
 */
const formatters = new Set([
  'formatNumber', 'formatAmount', 'formatCount', 'formatDose', 'formatUnits', 'formatRate', 'formatVolume', 'formatItemDose',
  'formatDoseRule', 'boundText', 'regimenSummaryText', 'formatMonths', 'formatAgeYears', 'formatHaemoglobin', 'formatBeside',
]);

/** The default for a function the table does not name: anything, for each parameter and one more. */
const anyArguments = (fn: Exported) => fc.array(anyValue, { minLength: fn.length + 1, maxLength: fn.length + 1 });

const isIterator = (value: unknown): value is Iterator<unknown> =>
  typeof value === 'object' && value !== null && 'next' in value && typeof value.next === 'function';

/** What a call returned, with what a returned function or generator in turn gives (its first items). */
function answerOf(value: unknown, thenArgs: readonly unknown[]): unknown {
  if (typeof value === 'function') return (value as Exported)(...thenArgs);
  if (!isIterator(value)) return value;
  const first: unknown[] = [];
  for (let step = value.next(); step.done !== true && first.length < 3; step = value.next()) first.push(step.value);
  return first;
}

function describeThrow(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : 'a thrown non-error';
}

/** One function, 10,000 times: throws with the first problem found (fast-check then shrinks the arguments). */
function hold(name: string, fn: Exported): void {
  const args = argumentTable[name] ?? anyArguments(fn);
  const thenArgs = returnedFunctionArguments[name] ?? fc.constant([]);
  fc.assert(fc.property(args, thenArgs, (given, then) => {
    let answer: unknown;
    try {
      answer = answerOf(fn(...given), then);
    } catch (error) {
      throw new Error(`threw ${describeThrow(error)}`, { cause: error });
    }
    const problems = problemsIn(answer, [given, then], formatters.has(name));
    if (problems.length > 0) throw new Error(problems.slice(0, 5).join('\n'));
  }), { numRuns: RUNS });
}

/** The battery over shard `shard` (from 0) of `shards`: every `shards`-th function of the enumeration. */
export function runBattery(shard: number, shards: number): void {
  describe(`every exported engine function, on arbitrary JavaScript values (shard ${String(shard + 1)} of ${String(shards)})`, async () => {
    const functions = await exportedFunctions();
    const mine = functions.filter((_entry, index) => index % shards === shard);
    const timings: [string, number][] = [];

    it('finds the engine’s functions through its entry points, each named in the table at most once', () => {
      expect(functions.map(([name]) => name)).toEqual(expect.arrayContaining(['titrate', 'recommend', 'planRegimen', 'formatNumber']));
      const named = new Set(functions.map(([name]) => name));
      // A name the table keeps after its function has gone would test nothing.
      expect(Object.keys(argumentTable).filter((name) => !named.has(name))).toEqual([]);
    });

    it.each(mine)('%s never throws and never answers NaN or Infinity', (name, fn) => {
      const started = performance.now();
      hold(name, fn);
      timings.push([name, performance.now() - started]);
    }, 60_000);

    afterAll(() => {
      const total = timings.reduce((sum, [, ms]) => sum + ms, 0);
      const slowest = [...timings].sort((a, b) => b[1] - a[1]).slice(0, 3).map(([name, ms]) => `${name} ${(ms / 1000).toFixed(1)} s`);
      console.log(`Engine battery, shard ${String(shard + 1)} of ${String(shards)}: ${String(timings.length)} functions × ${RUNS.toLocaleString('en')} runs in ${(total / 1000).toFixed(1)} s (slowest: ${slowest.join(', ')})`);
    });
  });
}
