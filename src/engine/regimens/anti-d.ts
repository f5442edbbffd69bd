/**
 * Anti-D immunoglobulin IV, in mcg with the same dose in international units (drugs.md §8.2; W70–W73).
 * Eligibility and the haemoglobin bands are in anti-d-rules.ts. Doses:
 * - adults, haemoglobin above 10 g/dL: the label's initial 50 mcg/kg (guidelines give 50–75 mcg/kg);
 * - children, haemoglobin above 10 g/dL: the ICR's 75 mcg/kg single dose;
 * - haemoglobin 8–10 g/dL (and children below 9 g/dL): the label's reduced 25–40 mcg/kg.
 * Who must not have it (Rh(D)-negative, no spleen, haemoglobin below 8 g/dL, a child with a positive DAT) is
 * data below: the plan says so first, and still gives the dose for a prescriber who asks (issue #18).
 */
import { formatAmount } from '../format/amount';
import { ok, type Note } from '../result';
import { antiDWarnings, withUnits } from './anti-d-notes';
import {
  antiDDoseBand, antiDFacts, checkAntiD, antiDHaemoglobin, antiDLabelInitialPerKg, antiDNeeds, bandNotes, type AntiDBand,
} from './anti-d-rules';
import { regimenNames } from './names';
import { planWeightItem } from './plan';
import { ruleContext } from './rule-context';
import type { ItemSpec, PopulationLimit, RegimenDefinition, RuleContext, WeightRule } from './types';

type AntiDSpec = ItemSpec & { dose: WeightRule };

const route = 'IV injection over 3–5 minutes';

const doses: Record<RuleContext['ageGroup'], Record<AntiDBand, AntiDSpec>> = {
  adult: {
    full: {
      drug: 'rho(d) immune globulin', dose: { basis: 'weight', perKg: antiDLabelInitialPerKg, unit: 'mcg' }, route,
      schedule: 'once (the label allows splitting it into 2 doses on separate days)', per: 'dose',
      citations: ['winrho-uspi', 'icr-2019'],
    },
    reduced: {
      drug: 'rho(d) immune globulin', dose: { basis: 'weight', perKg: 25, perKgMax: 40, unit: 'mcg' }, route,
      schedule: 'once', per: 'dose', citations: ['winrho-uspi'],
    },
  },
  child: {
    full: {
      drug: 'rho(d) immune globulin', dose: { basis: 'weight', perKg: 75, unit: 'mcg' }, route,
      schedule: 'single dose', per: 'dose', citations: ['icr-2019'],
    },
    reduced: {
      drug: 'rho(d) immune globulin', dose: { basis: 'weight', perKg: 25, perKgMax: 40, unit: 'mcg' }, route,
      schedule: 'once', per: 'dose', citations: ['winrho-uspi'],
    },
  },
};

const adultRange: Note = {
  code: 'anti-d-dose-range',
  message: 'Guidelines give 50–75 mcg/kg once; the label’s initial dose, 50 mcg/kg, is shown. Later doses with haemoglobin above 10 g/dL: 50–60 mcg/kg (250–300 units/kg).',
  citation: 'winrho-uspi',
};

const childPremedication: Note = {
  code: 'anti-d-child-premedication',
  message: 'Children: the ICR recommends steroid premedication before anti-D.',
  citation: 'icr-2019',
};

const floor = formatAmount(antiDHaemoglobin.floorGdL, 'g/dL');
const label = 'WinRho SDF label (drugs.md §8.2)';

/** Who must not have anti-D (drugs.md §8.2): each a contraindication the plan gives first. */
const limits: readonly PopulationLimit[] = [
  {
    kind: 'contraindicated', fact: 'rh-negative', code: 'anti-d-rh-negative',
    message: 'Contraindicated: the patient is Rh(D)-negative. Anti-D is only for Rh(D)-positive patients: choose another treatment.',
    rule: 'anti-D is only for Rh(D)-positive patients', source: label, citation: 'winrho-uspi',
  },
  {
    kind: 'contraindicated', fact: 'splenectomised', code: 'anti-d-splenectomised',
    message: 'Contraindicated: the spleen has been removed. Anti-D is only for patients who still have a spleen: choose another treatment.',
    rule: 'anti-D is only for patients with a spleen', source: label, citation: 'winrho-uspi',
  },
  {
    kind: 'contraindicated', fact: 'haemoglobin-below-floor', code: 'anti-d-haemoglobin-floor',
    message: `Contraindicated: haemoglobin is below ${floor}. The label says to use another treatment and gives no dose at this haemoglobin; the reduced dose shown is the lowest the label gives, for a prescriber who asks.`,
    rule: `anti-D is not given below ${floor}`, source: label, citation: 'winrho-uspi',
  },
  {
    kind: 'contraindicated', fact: 'dat-positive-child', code: 'anti-d-child-dat-positive',
    message: 'Contraindicated for this child: the DAT is positive. The ICR gives anti-D to children only when the direct antiglobulin test is negative: choose another treatment.',
    rule: 'a child needs a negative DAT', source: 'ICR 2019, children (drugs.md §8.2)', citation: 'icr-2019',
  },
];

/** The notes for an age group and dose band that do not depend on the patient's own numbers. */
function standingNotes(context: RuleContext, band: AntiDBand): Note[] {
  const child = context.ageGroup === 'child';
  return [...(!child && band === 'full' ? [adultRange] : []), ...(child ? [childPremedication] : []), ...antiDWarnings];
}

export const antiD: RegimenDefinition = {
  id: 'anti-d',
  name: regimenNames['anti-d'],
  needs: [...antiDNeeds],
  citations: ['winrho-uspi', 'icr-2019', 'ash-2011'],
  limits,
  // A reader's rules are the full-dose band (haemoglobin above 10 g/dL); the reduced band and the block
  // below 8 g/dL are anti-d-rules.ts's, and a plan's notes say when they apply.
  rules: (context) => [doses[context.ageGroup].full],
  notes: (context) => standingNotes(context, 'full'),
  plan: (patient, body) => {
    const read = antiDFacts(patient);
    if (!read.ok) return read;
    const facts = read.value;
    // A child's unknown DAT is asked for only when nothing known rules anti-D out already (audit 3, B9):
    // otherwise that reason leads the plan as a contraindication, and the DAT is among the facts to check.
    const check = checkAntiD(facts);
    if (!check.ok && facts.datNegative === undefined && check.errors[0].field === 'datNegative') return check;
    const band = antiDDoseBand(facts.haemoglobinGdL);
    const context = ruleContext(patient);
    const { item, note } = withUnits(planWeightItem(doses[context.ageGroup][band], body.weightKg));
    return ok({ items: [item] }, [note, ...bandNotes(facts, band), ...standingNotes(context, band)]);
  },
};
