/**
 * `titrate`'s walk of one agent's label table over the counts entered (DESIGN.md, engine contract), over
 * the agents a caller carries (agent-source.ts): a page passes the agent it loaded, the contract's
 * `titrate` all four (all-agents.ts). Every result names the rule set it used, in `value.ruleset` and in
 * a note.
 */
import { fail, ok, type Note, type Result } from '../result';
import { readSources, tableFrom, type AgentSources } from './agent-source';
import { boundText, within } from './bounds';
import { messages } from './messages';
import { scheduleCounts } from './monitoring';
import { walk } from './stepper';
import type { AgentTable } from './table';
import { adultAgeYears, type Agent, type TitrationInput, type TitrationStep, type TitrationValue } from './types';
import { validateTitrationInput } from './validate-input';

export interface Run {
  table: AgentTable;
  steps: TitrationStep[];
  notes: Note[];
}

/** The walk with its table, for titrate and for the monitoring plan. */
export function run(input: unknown, sources: AgentSources): Result<Run> {
  const clean = validateTitrationInput(input, (agent: Agent) => sources[agent]?.eligibility);
  if (!clean.ok) return clean;
  const source = tableFrom(sources, clean.value);
  if (source === undefined) return fail([{ field: 'agent', message: messages.agentNotCarried(clean.value.agent) }]);
  const { table, notes: inputNotes, errors: [refused, ...alsoRefused] = [] } = source;
  if (refused !== undefined) return fail([refused, ...alsoRefused]);
  const notStarted = startRefused(table, clean.value.counts);
  if (notStarted !== undefined) return fail([{ field: 'counts[0].count', message: notStarted }]);
  const walked = walk(table, {
    eastAsianAncestry: clean.value.eastAsianAncestry,
    hepaticImpairment: clean.value.hepaticImpairment,
    ageYears: clean.value.ageYears ?? Number.NaN,
    cypInteraction: clean.value.cypInteraction ?? 'none',
  }, clean.value.counts);
  const counts = scheduleCounts(walked.steps, table.counts, table.rules.dosing);
  const steps = walked.steps.map((step, at) => ({ ...step, ...counts.due[at] }));
  const ruleset: Note = { code: 'ruleset', message: `Rule set: ${table.title}.`, citation: table.citation };
  // An adults-only agent with no age given is dosed as for an adult, and says so first (as planRegimen does).
  const eligibility = sources[clean.value.agent]?.eligibility;
  const ageFirst: Note[] = clean.value.ageYears === undefined && eligibility !== undefined && eligibility.minAgeYears >= adultAgeYears
    ? [{ code: 'age-not-given', message: messages.adultsOnlyAgeNotGiven(table.agent, eligibility.tooYoung), citation: table.citation }]
    : [];
  // What the input itself raises (a weight to check, a reweigh) comes first, before the rule set's notes.
  return ok({ table, steps, notes: [...ageFirst, ...inputNotes, ruleset, ...table.notes, ...walked.notes, ...counts.notes] });
}

/**
 * The label's own rows decide whether a first dose may be given at the day-0 count: a count that the
 * dosing table holds or stops the drug at (romiplostim and eltrombopag above 400; drugs.md §1.2 row 3,
 * §2.2 row 4) is not one to start at — the labels give a TPO-RA to raise a low count, not to normalise it
 * (§1.5). Only rows that name the count alone count here: a row that waits on two weeks or on the dose held
 * cannot apply before the first dose.
 */
function startRefused(table: AgentTable, counts: readonly { count: number }[]): string | undefined {
  // The first count only (day 0; the input is checked to have one).
  for (const { count } of counts.slice(0, 1)) {
    const refusing = table.rules.dosing.rules.find((rule) =>
      (rule.then === 'hold' || rule.then === 'stop') && rule.when.count !== undefined &&
      Object.keys(rule.when).every((key) => key === 'count') && within(count, rule.when.count));
    if (refusing?.when.count !== undefined) return messages.notStartedAbove(table.agent, count, boundText(refusing.when.count));
  }
  return undefined;
}

/**
 * `titrate` over the given agents: an input naming another agent fails on `agent`.
 * @example titrateWith({ romiplostim: romiplostimSource })({ agent: 'romiplostim', weightKg: 70, counts: [{ day: 0, count: 20 }] })
 *   // ok: one step, start at 1 mcg/kg × 70 kg = 70 mcg
 */
export function titrateWith(sources: AgentSources): (input: TitrationInput) => Result<TitrationValue> {
  // Anything but an agent's source is not carried: an input naming that agent then fails on `agent`.
  const carried = readSources(sources);
  return (input) => {
    const result = run(input, carried);
    if (!result.ok) return result;
    const { table, steps, notes } = result.value;
    return ok({ agent: table.agent, ruleset: table.ruleset, steps }, notes);
  };
}
