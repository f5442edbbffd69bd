/**
 * The titration simulator's link parameters, documented (also the monitoring schedule's: the two pages share
 * the link). The names, values and defaults are its codec's (codec.ts); a unit test holds the codec to them.
 * A parameter one label reads is read only by that agent's embed (`onlyWith`).
 */
import { rulesets, titrationAgents as agents } from '../../engine';
import { plateletUnits } from '../../engine/units';
import { choiceKind as choice, flagKind as flag, inGroup, type ParamSpec } from '../shared/params';
import { cypChoices, dayEntries, emptyTitration } from './fields';

const countsForm = 'day:count (day 0 is the first dose), or day:count:weight for a child reweighed on romiplostim';

export const titrationParams: readonly ParamSpec[] = inGroup('titration', [
  {
    name: 'agent', label: 'Agent', kind: choice(agents), default: '', example: 'romiplostim', setByPage: true,
    description: 'Set by the page: each agent has its own. A tool page’s link carries it, and it is used only when it names the page’s agent.',
  },
  {
    name: 'counts', label: 'Counts', kind: { type: 'counts', parts: 3, form: countsForm }, default: '', example: '0:20;7:35;14:60',
    description: `The counts so far, separated by semicolons (a decimal comma in a count is written %2C): ${countsForm}; the weight is in the unit \`wtu\`.`,
  },
  {
    name: 'cu', label: 'Unit of the counts', kind: choice(plateletUnits), default: emptyTitration.unit, example: 'x10^3/uL',
    description: 'Unit of every count in `counts`.',
  },
  {
    name: 'rules', label: 'Rule set', kind: choice(rulesets), default: emptyTitration.ruleset, onlyWith: { agent: 'romiplostim' }, example: 'eu-smpc',
    description: 'Romiplostim only: the US label or the EU SmPC table.',
  },
  {
    name: 'asian', label: 'East- or Southeast-Asian ancestry', kind: flag, default: '', onlyWith: { agent: 'eltrombopag' }, example: '0',
    description: 'Eltrombopag only: 1 or 0; changes the start dose.',
  },
  {
    name: 'cyp', label: 'Dual CYP2C9 and CYP3A4 inhibitor or inducer', kind: choice(cypChoices), default: emptyTitration.cyp, onlyWith: { agent: 'avatrombopag' }, example: 'none',
    description: 'Avatrombopag only: sets the start level.',
  },
  {
    name: 'entry', label: 'Counts entered as', kind: choice(dayEntries), default: emptyTitration.entry, example: 'week', needs: { date: 'start' },
    description: 'Show the rows as days from the first dose, weeks from it, or dates (dates need `start`).',
  },
  {
    name: 'start', label: 'Date of the first dose', kind: { type: 'date' }, default: '', example: '2026-11-02',
    description: 'For `entry=date`: the date of day 0.',
  },
]);
