/**
 * The validation messages shared by every agent, worded for a clinician reading them beside a field.
 * An agent's own messages (who it does not dose) live in its module. Functions only: no work on import.
 */
import { formatNumber as n } from '../format/number';

export const messages = {
  firstDayNotZero: (day: number) =>
    `The first assessment must be day ${n(0)}, the day of the first dose (this one is day ${n(day)}).`,
  weightRequired: () => 'Enter the weight at initiation: romiplostim is dosed by actual body weight.',
  notASource: () => 'This is not an agent’s label table as the engine’s agent modules make it.',
  agentNotCarried: (agent: string) =>
    `This page does not carry the ${agent} label table: use the full titration simulator for ${agent}.`,
  rulesetUsOnly: (agent: string) =>
    `Only the US label is implemented for ${agent}: its EU SmPC table has not been verified. Choose the US label.`,
  cypNotForAgent: (agent: string) =>
    `A CYP2C9 and CYP3A4 interaction sets the avatrombopag start level only; it does not apply to ${agent}.`,
  startOptionNotForAgent: (option: string, agent: string) =>
    `${option} changes the eltrombopag start dose only; the engine does not use it for ${agent}.`,
  ageRequired: () => 'Enter the age: the eltrombopag start dose depends on it.',
  belowOneYear: (agent: string) =>
    `${agent} is labelled from ${n(1)} year of age; the engine does not dose younger children.`,
  updatedWeightNeedsAge: () =>
    'An updated weight changes the romiplostim dose only in children: enter the age so the engine knows whether to use it.',
  notStartedAbove: (agent: string, count: number, bound: string) =>
    `Day ${n(0)} is the first dose, and at ${n(count)} ×10⁹/L the label would not give ${agent}: it holds or stops it when the count is ${bound}. A TPO-RA is not given to raise a count that is not low (the labels: not to normalise the count). Check the count entered, or start when it is low enough to treat.`,
  adultsOnlyAgeNotGiven: (agent: string, tooYoung: string) =>
    `The age is not given: these ${agent} doses are for adults. Check the age first. ${tooYoung}`,
  notOnLadder: (steps: readonly string[]) =>
    `The current daily dose must be one of the label's steps: ${steps.join(', ')} mg a day.`,
} as const;
