/**
 * Multi-agent rescue (Boruchov 2007; drugs.md §9; guidelines.md §4.4; W74–W75): IVIG 1 g/kg, methylprednisolone
 * 30 mg/kg, vincristine 0.03 mg/kg and, for Rh(D)-positive patients with a spleen, anti-D 50–75 mcg/kg — 3 or 4
 * of them together. Caps and schedule: see boruchov.ts. Anti-D is added only when the patient's details show it
 * is allowed (anti-d-rules.ts); otherwise the plan says why it was left out.
 */
import { formatDose } from '../format/dose';
import { roundDecimal } from '../format/number';
import { ok, type Note } from '../result';
import { antiDWarnings, withUnits } from './anti-d-notes';
import { antiDLabelInitialPerKg, checkAntiDFor } from './anti-d-rules';
import { antiDInCombination, ivigInCombination, methylprednisolonePulse, vincristine } from './boruchov';
import { ivigWarnings } from './ivig-notes';
import { regimenNames } from './names';
import { planWeightItem } from './plan';
import type { ItemSpec, Patient, PopulationLimit, RegimenDefinition, RegimenItem, WeightRule } from './types';

const caps: Note = {
  code: 'multiagent-caps',
  message: 'Methylprednisolone is capped at 1 g and vincristine at 2 mg a dose: standard practice; not stated in the primary source (Boruchov 2007 gives weight-based doses without caps).',
  citation: 'boruchov-2007',
};

const evidence: Note = {
  code: 'multiagent-evidence',
  message: 'Evidence: a small uncontrolled series of 35 patients with no response to IVIG and/or high-dose steroids, given 3 or 4 of these drugs together. The 71 % "response" was only a rise of at least 20 ×10⁹/L to above 30 ×10⁹/L. One ileus was reported.',
  citation: 'boruchov-2007',
};

const timing: Note = {
  code: 'multiagent-schedule',
  message: 'The timing of each drug within the regimen (same day or repeated) was not retrieved from the paper: the prescriber sets it.',
  citation: 'boruchov-2007',
};

const neuropathy: Note = {
  code: 'vincristine-neurotoxicity',
  message: 'Vincristine is neurotoxic: watch for neuropathy and constipation (the series reported one ileus).',
  citation: 'boruchov-2007',
};

/** guidelines.md §8.2: the ICR says to avoid vinca alkaloids in pregnancy; a peripartum review lists them as contraindicated. */
const inPregnancy: PopulationLimit = {
  kind: 'contraindicated',
  fact: 'pregnant',
  drug: 'vincristine',
  code: 'pregnancy-vinca-alkaloids',
  message: 'Contraindicated in pregnancy: vincristine. Vinca alkaloids are to be avoided in pregnancy (ICR 2019; listed as contraindicated in a peripartum review). Leave vincristine out of the combination.',
  rule: 'vincristine is contraindicated in pregnancy',
  source: 'ICR 2019; Poston & Gernsheimer (guidelines.md §8.2)',
  citation: 'icr-2019',
};

/**
 * The paper's anti-D range reaches 75 mcg/kg, above the WinRho label's initial 50 mcg/kg (drugs.md §8.2): the
 * item keeps the paper's range, and this note says which part of it the label covers.
 */
function aboveLabel(weightKg: number): Note {
  const labelMax = roundDecimal(antiDLabelInitialPerKg * weightKg, 4);
  return {
    code: 'multiagent-anti-d-above-label',
    message: `Anti-D above the label: the series gave 50–75 mcg/kg, but the WinRho SDF label’s initial dose is 50 mcg/kg (250 units/kg), here ${formatDose({ amount: labelMax, unit: 'mcg' })}. Doses above it are outside the label.`,
    citation: 'winrho-uspi',
  };
}

/** The anti-D item with its notes, or a note saying why anti-D was left out. */
function antiDPart(patient: Patient, weightKg: number): { items: RegimenItem[]; notes: Note[] } {
  const check = checkAntiDFor(patient);
  if (!check.ok) {
    return {
      items: [],
      notes: [{
        code: 'multiagent-anti-d-omitted',
        message: `Anti-D is not included. ${check.errors.map((error) => error.message).join(' ')}`,
        citation: 'winrho-uspi',
      }],
    };
  }
  const { item, note } = withUnits(planWeightItem(antiDInCombination[check.value], weightKg));
  const label = check.value === 'full' ? [aboveLabel(weightKg)] : [];
  return { items: [item], notes: [note, ...label, ...check.warnings, ...antiDWarnings] };
}

const core: readonly (ItemSpec & { dose: WeightRule })[] = [ivigInCombination, methylprednisolonePulse, vincristine];

export const multiagentRescue: RegimenDefinition = {
  id: 'multiagent-rescue',
  name: regimenNames['multiagent-rescue'],
  needs: [],
  citations: ['boruchov-2007', 'icr-2019'],
  limits: [inPregnancy],
  // A reader's rules include anti-D at its full dose, as for an Rh(D)-positive patient with a spleen.
  rules: () => [...core, antiDInCombination.full],
  notes: () => [caps, evidence, timing, neuropathy, ...antiDWarnings, ...ivigWarnings],
  plan: (patient, body) => {
    const antiD = antiDPart(patient, body.weightKg);
    return ok({ items: [...core.map((spec) => planWeightItem(spec, body.weightKg)), ...antiD.items] }, [
      caps, evidence, timing, neuropathy, ...antiD.notes, ...ivigWarnings,
    ]);
  },
};
