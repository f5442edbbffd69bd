/**
 * The named clinical scenarios beside the engine's answer in this build: for each, the urgency and the
 * ranked options the sources lead to (written in the scenario data, not from the code) and what recommend()
 * returns now, compared as the unit test compares them (urgency, every option in order, and which wait).
 */
import { optionCatalogue, recommend, scenarios, urgencyMeanings, type OptionId, type Scenario, type Urgency } from '../../engine';
import { caseWords } from './case-words';

export interface OptionWords {
  id: OptionId;
  label: string;
  deferred: boolean;
}

export interface AdviceWords {
  urgency: Urgency;
  /** "Urgent". */
  urgencyText: string;
  options: OptionWords[];
}

export interface ScenarioRow {
  scenario: Scenario;
  caseText: string;
  expected: AdviceWords;
  /** The engine's answer; undefined when recommend() refused the case (a mismatch). */
  engine?: AdviceWords;
  /** The fields recommend() named when it refused the case. */
  refused: string[];
  match: boolean;
}

function advice(urgency: Urgency, options: readonly { id: OptionId; deferred?: boolean }[]): AdviceWords {
  return {
    urgency,
    urgencyText: urgencyMeanings[urgency].label,
    options: options.map(({ id, deferred }) => ({ id, label: optionCatalogue[id].label, deferred: deferred === true })),
  };
}

/** One key for a whole piece of advice: the same key is the same urgency and the same options in the same order. */
const key = (words: AdviceWords): string =>
  [words.urgency, ...words.options.map((option) => `${option.id}${option.deferred ? ' (deferred)' : ''}`)].join('|');

export function scenarioRow(scenario: Scenario): ScenarioRow {
  const expected = advice(scenario.expected.urgency, scenario.expected.options.map((entry) => (typeof entry === 'string' ? { id: entry } : entry)));
  const result = recommend(scenario.input);
  const engine = result.ok ? advice(result.value.urgency, result.value.options) : undefined;
  return {
    scenario,
    caseText: caseWords(scenario.input),
    expected,
    ...(engine === undefined ? {} : { engine }),
    refused: result.ok ? [] : result.errors.map((error) => error.field),
    match: engine !== undefined && key(engine) === key(expected),
  };
}

export const scenarioRows = (): ScenarioRow[] => scenarios.map(scenarioRow);
