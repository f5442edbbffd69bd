/**
 * Every URL parameter an embed reads: its name, type, allowed values, default and meaning. The Teach page's
 * parameter tables and the embed builder are generated from this list, and the embed pages check a link
 * against it (check-params.ts), so the documentation cannot drift from what the widgets accept.
 *
 * Case, dose, titration, response and walker parameters are the full pages' own link parameters (the
 * codecs in src/stores): a link from a tool page works as an embed preset and the reverse. A unit test
 * holds each codec to the names, values and defaults written here.
 */
import type { Agent } from '../engine';
import { priorOutcomes, priorTherapies } from '../engine/algorithm/vocabulary';
import { bsaFormulas } from '../engine/bsa';
import { prednisoneRules, regimenIds } from '../engine/regimens/types';
import { agents, rulesets } from '../engine/titration/types';
import { haemoglobinUnits, heightUnits, plateletUnits, weightUnits } from '../engine/units';
import { bleedingGrades, emptyCase, type CaseFields } from '../tools/case/case';
import { emptyDose } from '../tools/dose/state';
import { emptyResponse } from '../tools/response/state';
import { cypChoices, emptyTitration } from '../tools/titration/fields';
import type { ParamRule } from '../tools/shared/param-rules';
import { panelIds } from '../tools/shared/panels';
import { themes } from './themes';

export type ParamGroup = 'case' | 'dose' | 'titration' | 'response' | 'walker' | 'display';

export interface ParamSpec extends ParamRule {
  group: ParamGroup;
  /** What the embed builder calls the field. */
  label: string;
  description: string;
  /** A value that works, for the documentation. */
  example: string;
  /** The case field this parameter fills: a widget reads the case parameters of the fields it shows. */
  caseField?: keyof CaseFields;
  /** Titration: the one agent whose label reads this parameter. */
  agent?: Agent;
  /** Set by the embed page itself: documented, but not offered in the builder. */
  setByPage?: true;
}

const number = { type: 'number' } as const;
const flag = { type: 'flag' } as const;
const choice = (allowed: readonly string[]) => ({ type: 'choice', allowed }) as const;
const inGroup = (group: ParamGroup, specs: readonly Omit<ParamSpec, 'group'>[]): ParamSpec[] => specs.map((spec) => ({ ...spec, group }));

const caseParams = inGroup('case', [
  {
    name: 'age', label: 'Age (years)', kind: number, default: '', caseField: 'age', example: '45',
    description: 'Age in years; under 18 uses the paediatric doses and algorithm.',
  },
  { name: 'wt', label: 'Weight', kind: number, default: '', caseField: 'weight', example: '70', description: 'Body weight, in the unit `wtu`.' },
  {
    name: 'wtu', label: 'Weight unit', kind: choice(weightUnits), default: emptyCase.weightUnit, caseField: 'weight', example: 'lb',
    description: 'Unit of `wt`.',
  },
  {
    name: 'ht', label: 'Height', kind: number, default: '', caseField: 'height', example: '170',
    description: 'Height, in the unit `htu`; needed for doses per square metre.',
  },
  {
    name: 'htu', label: 'Height unit', kind: choice(heightUnits), default: emptyCase.heightUnit, caseField: 'height', example: 'in',
    description: 'Unit of `ht`.',
  },
  {
    name: 'plt', label: 'Platelet count', kind: number, default: '', caseField: 'count', example: '8',
    description: 'Platelet count now, in the unit `pltu`.',
  },
  {
    name: 'pltu', label: 'Platelet count unit', kind: choice(plateletUnits), default: emptyCase.countUnit, caseField: 'count', example: '/uL',
    description: 'Unit of `plt`: x10^9/L, x10^3/uL (the same number) or /uL.',
  },
  {
    name: 'bleed', label: 'Bleeding', kind: choice(bleedingGrades), default: '', caseField: 'bleeding', example: 'mucosal',
    description: 'Bleeding now, by the grades the algorithm uses.',
  },
  {
    name: 'months', label: 'Months since diagnosis', kind: number, default: '', caseField: 'months', example: '14',
    description: 'Months since ITP was diagnosed (newly diagnosed below 3, chronic above 12).',
  },
  {
    name: 'prior', label: 'Earlier treatments', kind: { type: 'pairs', first: priorTherapies, second: priorOutcomes, form: 'therapy:outcome' },
    default: '', caseField: 'prior', example: 'ivig:no-response,corticosteroids:dependent',
    description: `Earlier treatments and how each went, as therapy:outcome pairs separated by commas. Therapies: ${priorTherapies.join(', ')}. Outcomes: ${priorOutcomes.join(', ')}.`,
  },
  {
    name: 'preg', label: 'Pregnant', kind: flag, default: '', caseField: 'pregnant', example: '1',
    description: '1 if pregnant, 0 if not; left out, the question stays unanswered.',
  },
  {
    name: 'rhd', label: 'Rh(D) status', kind: choice(['positive', 'negative']), default: '', caseField: 'rhD', example: 'positive',
    description: 'Rh(D) status, for anti-D.',
  },
  {
    name: 'splen', label: 'Splenectomised', kind: flag, default: '', caseField: 'splenectomised', example: '0',
    description: '1 after a splenectomy, 0 if not; for anti-D.',
  },
  {
    name: 'hb', label: 'Haemoglobin', kind: number, default: '', caseField: 'haemoglobin', example: '12',
    description: 'Haemoglobin, in the unit `hbu`; for anti-D.',
  },
  {
    name: 'hbu', label: 'Haemoglobin unit', kind: choice(haemoglobinUnits), default: emptyCase.haemoglobinUnit, caseField: 'haemoglobin', example: 'g/L',
    description: 'Unit of `hb`.',
  },
]);

const doseParams = inGroup('dose', [
  {
    name: 'regimen', label: 'Regimen', kind: choice(regimenIds), default: emptyDose.regimen, example: 'rituximab-standard',
    description: 'The regimen to dose.',
  },
  {
    name: 'bsa', label: 'Body-surface area formula', kind: choice(bsaFormulas), default: emptyDose.bsaFormula, example: 'dubois',
    description: 'Formula for doses per square metre.',
  },
  {
    name: 'datneg', label: 'DAT negative', kind: flag, default: '', example: '1',
    description: 'Anti-D in children: 1 if the direct antiglobulin test is negative, 0 if not.',
  },
  {
    name: 'pred', label: 'Children’s prednisone schedule', kind: choice(prednisoneRules), default: emptyDose.prednisoneRule, example: 'icr-2019-high-dose',
    description: 'Prednisone in children: the ASH 2019 or the ICR 2019 high-dose schedule.',
  },
]);

const countsForm = 'day:count (day 0 is the first dose), or day:count:weight for a child reweighed on romiplostim';

const titrationParams = inGroup('titration', [
  {
    name: 'agent', label: 'Agent', kind: choice(agents), default: '', example: 'romiplostim', setByPage: true,
    description: 'Set by the page: each agent has its own. A tool page’s link carries it, and it is used only when it names the page’s agent.',
  },
  {
    name: 'counts', label: 'Counts', kind: { type: 'counts', parts: 3, form: countsForm }, default: '', example: '0:20,7:35,14:60',
    description: `The counts so far, comma-separated: ${countsForm}; the weight is in the unit \`wtu\`.`,
  },
  {
    name: 'cu', label: 'Unit of the counts', kind: choice(plateletUnits), default: emptyTitration.unit, example: 'x10^3/uL',
    description: 'Unit of every count in `counts`.',
  },
  {
    name: 'rules', label: 'Rule set', kind: choice(rulesets), default: emptyTitration.ruleset, agent: 'romiplostim', example: 'eu-smpc',
    description: 'Romiplostim only: the US label or the EU SmPC table.',
  },
  {
    name: 'asian', label: 'East- or Southeast-Asian ancestry', kind: flag, default: '', agent: 'eltrombopag', example: '0',
    description: 'Eltrombopag only: 1 or 0; changes the start dose.',
  },
  {
    name: 'liver', label: 'Hepatic impairment', kind: flag, default: '', agent: 'eltrombopag', example: '0',
    description: 'Eltrombopag only: 1 or 0; changes the start dose.',
  },
  {
    name: 'cyp', label: 'Dual CYP2C9 and CYP3A4 inhibitor or inducer', kind: choice(cypChoices), default: emptyTitration.cyp, agent: 'avatrombopag', example: 'none',
    description: 'Avatrombopag only: sets the start level.',
  },
  {
    name: 'entry', label: 'Counts entered as', kind: choice(['day', 'date']), default: emptyTitration.entry, example: 'date',
    description: 'Show the rows as days from the first dose or as dates (dates need `start`).',
  },
  {
    name: 'start', label: 'Date of the first dose', kind: { type: 'date' }, default: '', example: '2026-11-02',
    description: 'For `entry=date`: the date of day 0.',
  },
]);

const responseParams = inGroup('response', [
  {
    name: 'base', label: 'Baseline count', kind: number, default: emptyResponse.baseline, example: '12',
    description: 'The count when the treatment began, in the unit `cu`.',
  },
  {
    name: 'counts', label: 'Counts', kind: { type: 'counts', parts: 2, form: 'day:count' }, default: '', example: '7:40,14:65',
    description: 'Counts since the treatment began, comma-separated day:count pairs.',
  },
  {
    name: 'cu', label: 'Unit of the counts', kind: choice(plateletUnits), default: emptyResponse.unit, example: 'x10^3/uL',
    description: 'Unit of the baseline and every count.',
  },
  { name: 'rbleed', label: 'Bleeding now', kind: flag, default: '', example: '0', description: '1 if the patient is bleeding, 0 if not.' },
]);

const walkerParams = inGroup('walker', [
  {
    name: 'anticoag', label: 'Taking an anticoagulant', kind: flag, default: '', example: '1',
    description: '1 or 0; raises the urgency of a low count.',
  },
  {
    name: 'procedure', label: 'Procedure or delivery planned', kind: flag, default: '', example: '1',
    description: '1 or 0; a rapid rise may be needed.',
  },
  {
    name: 'qol', label: 'Quality of life reduced by ITP (children)', kind: flag, default: '', example: '1',
    description: '1 or 0; a reason for second-line treatment in children.',
  },
]);

const displayParams = inGroup('display', [
  {
    name: 'theme', label: 'Theme', kind: choice(themes), default: '', example: 'projector',
    description: 'light, dark, or projector (large type, thick lines, maximum contrast, for a lecture hall). Left out, the reader’s own light or dark setting applies.',
  },
  {
    name: 'hide', label: 'Hide', kind: { type: 'set', allowed: panelIds }, default: '', example: 'case,notes',
    description: 'Panels to hide, comma-separated; which panels a widget has is listed with it. Preset values still apply to a hidden panel.',
  },
  {
    name: 'quiz', label: 'Quiz', kind: flag, default: '', example: '1',
    description: '1 hides the computed answer until the learner presses “Reveal the answer”; the result message is sent only once it is revealed.',
  },
]);

export const presetParams: readonly ParamSpec[] = [
  ...caseParams, ...doseParams, ...titrationParams, ...responseParams, ...walkerParams, ...displayParams,
];

/** Where the parameter's rule is shown to a reader: "a number", "one of kg, lb", … */
export function allowedText(spec: ParamRule): string {
  const { kind } = spec;
  switch (kind.type) {
    case 'number':
      return 'a number';
    case 'flag':
      return '1 or 0';
    case 'date':
      return 'a date, YYYY-MM-DD';
    case 'choice':
      return kind.allowed.join(', ');
    case 'set':
      return `any of ${kind.allowed.join(', ')}`;
    case 'pairs':
    case 'counts':
      return kind.form;
  }
}
