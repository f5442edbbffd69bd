/**
 * Who may have anti-D, and at what dose band (drugs.md §8.2; WinRho SDF label; ICR 2019; ASH 2011).
 * - Only Rh(D)-positive patients who still have a spleen (✔2).
 * - Haemoglobin below 8 g/dL: use another treatment; 8–10 g/dL: reduced dose 25–40 mcg/kg (label, ✔1).
 * - Children (ICR): only when the DAT is negative and haemoglobin is at least 9 g/dL.
 * CONFLICT (drugs.md §8.2): label bands vs the ICR paediatric floor of 9 g/dL. Our reading: block below 8 always;
 * children below 9 get a warning and the reduced band; the label's 8–10 reduced band applies to children too
 * (the lower dose), so a child gets the ICR's 75 mcg/kg only above 10 g/dL.
 * For the multi-agent rescue, a barrier leaves anti-D out (checkAntiD). The anti-D regimen itself plans the dose
 * and its limits say, first, that it is contraindicated (anti-d.ts); below 8 g/dL, where the label gives no dose,
 * our reading shows the reduced band, the lowest the label gives, for a prescriber who asks.
 */
import { formatAmount, formatHaemoglobin } from '../format/amount';
import { formatNumber } from '../format/number';
import { collectFields, hasErrors } from '../plausibility';
import { fail, ok, type FieldError, type Note, type Result } from '../result';
import { isChild, missingError } from './patient';
import type { Need, Patient } from './types';

export type AntiDBand = 'full' | 'reduced';

export interface AntiDFacts {
  rhD: 'positive' | 'negative';
  splenectomised: boolean;
  haemoglobinGdL: number;
  child: boolean;
  datNegative?: boolean;
}

/** The anti-D haemoglobin limits, g/dL (drugs.md §8.2), for the rules below and for the pages. */
export const antiDHaemoglobin = {
  /** WinRho SDF label: below this, no anti-D. */
  floorGdL: 8,
  /** WinRho SDF label: from the floor up to and including this, the reduced dose. */
  reducedUpToGdL: 10,
  /** ICR 2019: children only with haemoglobin at least this. */
  childFloorGdL: 9,
} as const;

const { floorGdL, reducedUpToGdL, childFloorGdL } = antiDHaemoglobin;

/** WinRho SDF label: the initial dose, mcg/kg (drugs.md §8.2, ✔2). */
export const antiDLabelInitialPerKg = 50;

const reducedBand = `${formatNumber(floorGdL)}–${formatAmount(reducedUpToGdL, 'g/dL')}`;
const belowFloor = `below ${formatAmount(floorGdL, 'g/dL')}`;

/**
 * Every reason the details given so far rule anti-D out (drugs.md §8.2): haemoglobin below the floor,
 * Rh(D)-negative, no spleen, a child's positive DAT. Read from what is known, so a known reason is said even
 * while other details are missing (audit 3, B9); a child's DAT is asked for only when nothing rules anti-D out.
 */
function barriers(facts: Partial<AntiDFacts>): FieldError[] {
  const { haemoglobinGdL: gdl } = facts;
  const errors: FieldError[] = [];
  if (gdl !== undefined && gdl < floorGdL) {
    errors.push({ field: 'haemoglobinGdL', message: `Haemoglobin ${formatHaemoglobin(gdl)} is ${belowFloor}: do not give anti-D; choose another treatment.` });
  }
  if (facts.rhD === 'negative') {
    errors.push({ field: 'rhD', message: 'The patient is Rh(D)-negative, and anti-D is only for Rh(D)-positive patients: choose another treatment.' });
  }
  if (facts.splenectomised === true) {
    errors.push({ field: 'splenectomised', message: 'The spleen has been removed, and anti-D is only for patients who still have a spleen: choose another treatment.' });
  }
  if (facts.child === true && facts.datNegative === false) {
    errors.push({ field: 'datNegative', message: 'The DAT is positive: the ICR gives anti-D to children only when the direct antiglobulin test is negative.' });
  }
  return errors;
}

/**
 * The dose band a plan shows for a haemoglobin: the full dose above 10 g/dL, the reduced band at or below it
 * ("8–10 g/dL" has both ends inside; the label's later-dose rule starts at "Hb > 10"). Below 8 g/dL anti-D is
 * ruled out (barriers above); a plan asked for anyway shows the reduced band, the lowest the label gives.
 */
export function antiDDoseBand(haemoglobinGdL: number): AntiDBand {
  return haemoglobinGdL > reducedUpToGdL ? 'full' : 'reduced';
}

/** The notes for a patient's band: the reduced dose, a child's haemoglobin below the ICR floor, an adult's positive DAT. */
export function bandNotes(facts: AntiDFacts, band: AntiDBand): Note[] {
  const gdl = formatHaemoglobin(facts.haemoglobinGdL);
  const notes: Note[] = [];
  if (band === 'reduced' && facts.haemoglobinGdL >= floorGdL) {
    notes.push({
      code: 'anti-d-reduced-dose',
      message: `Haemoglobin ${gdl} is in the label’s ${reducedBand} band: the reduced dose of 25–40 mcg/kg (125–200 units/kg) applies.`,
      citation: 'winrho-uspi',
    });
  }
  if (facts.child && facts.haemoglobinGdL < childFloorGdL) {
    notes.push({
      code: 'anti-d-child-haemoglobin',
      message: `Sources differ: the ICR gives anti-D to children only with haemoglobin of at least ${formatAmount(childFloorGdL, 'g/dL')}, and this child’s is ${gdl}. The label’s reduced dose is shown; weigh another treatment first.`,
      citation: 'icr-2019',
      limit: 'caution',
    });
  }
  if (!facts.child && facts.datNegative === false) {
    notes.push({
      code: 'anti-d-dat-positive',
      message: 'The DAT is positive: exclude autoimmune haemolysis, in which anti-D should be avoided (ASH 2011).',
      citation: 'ash-2011',
    });
  }
  return notes;
}

/** Whether anti-D may be given, and at which band (with its notes), or every reason it may not. */
export function checkAntiD(facts: AntiDFacts): Result<AntiDBand> {
  const errors = barriers(facts);
  if (hasErrors(errors)) return fail(errors);
  if (facts.child && facts.datNegative === undefined) {
    return fail([{ field: 'datNegative', message: 'Enter whether the direct antiglobulin test (DAT) is negative: the ICR gives anti-D to children only when it is.' }]);
  }
  const band = antiDDoseBand(facts.haemoglobinGdL);
  return ok(band, bandNotes(facts, band));
}

const needs = {
  rhD: { field: 'rhD', why: 'anti-D is only for Rh(D)-positive patients' },
  splenectomised: { field: 'splenectomised', why: 'anti-D is only for patients who still have a spleen' },
  haemoglobinGdL: { field: 'haemoglobinGdL', why: `the anti-D dose depends on it, and ${belowFloor} anti-D must not be given` },
  ageYears: { field: 'ageYears', why: 'children need a negative DAT and get a different anti-D dose' },
} as const satisfies Record<string, Need>;

/** The patient fields anti-D cannot be planned without, and why. */
export const antiDNeeds: readonly Need[] = Object.values(needs);

/** The anti-D facts of a patient whose details may be incomplete: a missing detail is an error that asks for it. */
export function antiDFacts(patient: Patient): Result<AntiDFacts> {
  const read = collectFields<Omit<AntiDFacts, 'child' | 'datNegative'> & { ageYears: number }>({
    rhD: patient.rhD ?? missingError(needs.rhD),
    splenectomised: patient.splenectomised ?? missingError(needs.splenectomised),
    haemoglobinGdL: patient.haemoglobinGdL ?? missingError(needs.haemoglobinGdL),
    ageYears: patient.ageYears ?? missingError(needs.ageYears),
  });
  if (!read.ok) return read;
  const { ageYears, ...facts } = read.value;
  return ok({ ...facts, child: ageYears < 18, ...(patient.datNegative === undefined ? {} : { datNegative: patient.datNegative }) });
}

/** Anti-D for a patient whose details may be incomplete: a known reason it may not be given first, else the missing details. */
export function checkAntiDFor(patient: Patient): Result<AntiDBand> {
  const errors = barriers({ ...patient, child: isChild(patient) });
  if (hasErrors(errors)) return fail(errors);
  const facts = antiDFacts(patient);
  return facts.ok ? checkAntiD(facts.value) : facts;
}
