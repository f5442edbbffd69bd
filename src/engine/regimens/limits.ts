/**
 * Population limits checked for one patient (issue #18): each regimen lists, as data, who it is contraindicated
 * for, who the sources give no dose for, and who needs care (types.ts, PopulationLimit). A limit that applies
 * becomes a note marked `limit`, first in the plan's warnings and in words a prescriber cannot miss. A fact
 * the patient's details leave unknown is never read as "no" (DESIGN.md): the plan says which facts to check.
 */
import { formatList } from '../format/list';
import type { Note } from '../result';
import { antiDHaemoglobin } from './anti-d-rules';
import type { Patient, PopulationFact, PopulationLimit, RuleContext } from './types';

type Status = 'yes' | 'no' | 'unknown';

const known = (value: boolean | undefined): Status => (value === undefined ? 'unknown' : value ? 'yes' : 'no');

/**
 * Our reading: an unanswered pregnancy question is asked about from age 10 (or when the age is not given);
 * below 10 it is read as "no" rather than filling a child's plan with pregnancy questions. A "yes" is a yes.
 */
const pregnancyAskedFromYears = 10;

function status(patient: Patient, fact: PopulationFact): Status {
  const age = patient.ageYears;
  switch (fact) {
    case 'pregnant':
      return patient.pregnant === undefined && age !== undefined && age < pregnancyAskedFromYears ? 'no' : known(patient.pregnant);
    case 'child':
      return age === undefined ? 'unknown' : known(age < 18);
    case 'splenectomised':
      return known(patient.splenectomised);
    case 'rh-negative':
      return patient.rhD === undefined ? 'unknown' : known(patient.rhD === 'negative');
    case 'haemoglobin-below-floor':
      return patient.haemoglobinGdL === undefined ? 'unknown' : known(patient.haemoglobinGdL < antiDHaemoglobin.floorGdL);
    case 'hepatic-impairment':
      return known(patient.hepaticImpairment);
    case 'dat-positive-child':
      if (age !== undefined && age >= 18) return 'no';
      return age === undefined || patient.datNegative === undefined ? 'unknown' : known(!patient.datNegative);
  }
}

/** How each fact is named when it is unknown: "pregnancy status", "age". */
const unknownWords: Record<PopulationFact, string> = {
  pregnant: 'whether the patient is pregnant',
  child: 'the age',
  splenectomised: 'whether the spleen has been removed',
  'rh-negative': 'the Rh(D) status',
  'haemoglobin-below-floor': 'the haemoglobin',
  'hepatic-impairment': 'whether there is hepatic impairment',
  'dat-positive-child': 'the DAT result',
};

const rank: Record<NonNullable<Note['limit']>, number> = { contraindicated: 0, 'no-data': 1, caution: 2 };

function noteOf(limit: PopulationLimit): Note {
  return {
    code: limit.code,
    message: limit.message,
    ...(limit.citation === undefined ? {} : { citation: limit.citation }),
    limit: limit.kind,
    ...(limit.drug === undefined ? {} : { drug: limit.drug }),
  };
}

/**
 * The notes for the limits that apply to this patient, most severe first, then one note naming the unknown
 * facts that would block the regimen or leave it without data.
 */
export function limitNotes(patient: Patient, limits: readonly PopulationLimit[]): Note[] {
  const applying = limits.filter((limit) => status(patient, limit.fact) === 'yes')
    .sort((a, b) => rank[a.kind] - rank[b.kind])
    .map(noteOf);
  const unknown = limits.filter((limit) => limit.kind !== 'caution' && status(patient, limit.fact) === 'unknown');
  if (unknown.length === 0) return applying;
  const facts = [...new Set(unknown.map((limit) => unknownWords[limit.fact]))];
  const rules = [...new Set(unknown.map((limit) => limit.rule))];
  return [...applying, {
    code: 'population-unknown',
    message: `Check ${formatList(facts)} before prescribing: ${rules.join('; ')}.`,
    limit: 'caution',
  }];
}

/**
 * The limit notes every plan for a rule context carries: a child's when the context is a child's, pregnancy's
 * when it is pregnant — for pages that show a regimen's rules without a patient (regimenRules).
 */
export function contextLimitNotes(context: RuleContext, limits: readonly PopulationLimit[]): Note[] {
  const facts: Partial<Record<PopulationFact, boolean>> = { child: context.ageGroup === 'child', pregnant: context.pregnant === true };
  return limits.filter((limit) => facts[limit.fact] === true).sort((a, b) => rank[a.kind] - rank[b.kind]).map(noteOf);
}

/** Warnings with the limit notes first, most severe first; the order among the others is kept. */
export function limitsFirst(notes: readonly Note[]): Note[] {
  const weight = (note: Note) => (note.limit === undefined ? 3 : rank[note.limit]);
  return notes.map((note, index) => ({ note, index }))
    .sort((a, b) => weight(a.note) - weight(b.note) || a.index - b.index)
    .map(({ note }) => note);
}
