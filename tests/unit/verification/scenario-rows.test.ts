// The scenarios as the Verification page compares them: the page's "Match" is the scenario test's pass (urgency,
// every option in order, which ones wait), and anything else is a mismatch the page and its browser test show.
import { describe, expect, it } from 'vitest';
import { scenarios, type Scenario } from '../../../src/engine';
import { scenarioRow, scenarioRows } from '../../../src/components/verification/scenario-rows';

const first = scenarios.find((scenario) => scenario.id === 'adult-dependent-6m');
if (first === undefined) throw new Error('scenario adult-dependent-6m');
const changed = (expected: Partial<Scenario['expected']>, input?: unknown): Scenario =>
  ({ ...first, expected: { ...first.expected, ...expected }, ...(input === undefined ? {} : { input: input as Scenario['input'] }) });

describe('scenario rows', () => {
  it('every scenario matches in this build, in the data’s order', () => {
    const rows = scenarioRows();
    expect(rows.map((row) => row.scenario.id)).toEqual(scenarios.map((scenario) => scenario.id));
    expect(rows.filter((row) => !row.match).map((row) => row.scenario.id)).toEqual([]);
  });

  it('says the urgency and each option by name, marking the ones that wait', () => {
    const row = scenarioRow(first);
    expect(row.expected.urgencyText).toBe('Routine');
    expect(row.engine?.options.map((option) => `${option.label}${option.deferred ? ' (deferred)' : ''}`)).toEqual([
      'TPO-RA', 'Rituximab', 'Rilzabrutinib', 'Danazol with azathioprine', 'Other immunosuppressant', 'Splenectomy (deferred)', 'Fostamatinib (deferred)',
    ]);
  });

  const [a, b, ...rest] = first.expected.options;
  it.each<[string, Scenario]>([
    ['another urgency', changed({ urgency: 'urgent' })],
    ['the same options in another order', changed({ options: [b ?? 'observation', a ?? 'observation', ...rest] })],
    ['an option valid now that the engine defers', changed({ options: first.expected.options.map((option) => (typeof option === 'string' ? option : option.id)) })],
    ['an option fewer', changed({ options: first.expected.options.slice(1) })],
  ])('%s is a mismatch', (_case, scenario) => {
    expect(scenarioRow(scenario).match).toBe(false);
  });

  it('a case the engine refuses is a mismatch that names the fields', () => {
    const row = scenarioRow(changed({}, { ...first.input, count: -1 }));
    expect(row).toMatchObject({ match: false, refused: ['count'] });
    expect(row.engine).toBeUndefined();
  });
});
