/**
 * Prednisone (or prednisolone), oral (drugs.md §7.1–7.2).
 * - Adults (ICR 2019, ✔2; W64): 1 mg/kg daily, at most 80 mg/day even above 80 kg, for 2 weeks (at most 3).
 * - Children, ASH 2019 (default, ✔1; W65): 2–4 mg/kg/day, at most 120 mg/day, for 5–7 days.
 * - Children, ICR 2019 high dose (only when chosen): 4 mg/kg/day in 3–4 divided doses for 4 days, at most 200 mg/day.
 * - Pregnancy (ICR and Japanese guidance, ◐ secondary; guidelines.md §8.2): a lower start, 10–20 mg daily.
 * CONFLICT (drugs.md §7.2): the paediatric cap is 120 mg (ASH) or 200 mg (ICR); the lower applies unless the
 * prescriber picks the ICR schedule, and the plan says which.
 * Our reading: the pregnancy start applies to any pregnant patient, an adolescent included — the sources'
 * pregnancy guidance is the one written for her — and replaces the weight-based dose rather than sitting
 * below it as a footnote (issue #18).
 */
import type { Note } from '../result';
import { regimenNames } from './names';
import { paediatricCapsSource, paediatricCourse } from './steroid-notes';
import type { ItemSpec, PopulationLimit, PrednisoneRule, RegimenDefinition, RuleContext } from './types';

const adult: readonly ItemSpec[] = [{
  drug: 'prednisone',
  dose: { basis: 'weight', perKg: 1, unit: 'mg', cap: { amount: 80, source: 'ICR 2019 maximum' } },
  route: 'oral',
  schedule: 'daily for 2 weeks (at most 3), then taper: stop by 6 weeks (at most 8) after a response, or taper over 1 week and stop if there is no response by 2 weeks',
  per: 'day',
  citations: ['icr-2019'],
}];

const child: Record<PrednisoneRule, readonly ItemSpec[]> = {
  'ash-2019': [{
    drug: 'prednisone',
    dose: { basis: 'weight', perKg: 2, perKgMax: 4, unit: 'mg', cap: { amount: 120, source: 'ASH 2019 paediatric maximum' } },
    route: 'oral',
    schedule: 'daily for 5–7 days',
    per: 'day',
    citations: ['ash-2019'],
  }],
  'icr-2019-high-dose': [{
    drug: 'prednisone',
    dose: { basis: 'weight', perKg: 4, unit: 'mg', cap: { amount: 200, source: 'ICR 2019 high-dose maximum' } },
    route: 'oral',
    schedule: 'daily in 3–4 divided doses for 4 days, no taper',
    per: 'day',
    citations: ['icr-2019'],
  }],
};

const pregnancyStart: readonly ItemSpec[] = [{
  drug: 'prednisone',
  dose: { basis: 'flat', amount: 10, amountMax: 20, unit: 'mg' },
  route: 'oral',
  schedule: 'daily, as the starting dose in pregnancy (the sources read give no schedule beyond the start)',
  per: 'day',
  citations: ['icr-2019'],
}];

const adultRange: Note = {
  code: 'prednisone-ash-range',
  message: 'ASH 2019 suggests 0.5–2 mg/kg/day, with the whole course, taper included, no longer than 6 weeks.',
  citation: 'ash-2019',
};

const childCap: Record<PrednisoneRule, Note> = {
  'ash-2019': {
    code: 'paediatric-prednisone-cap',
    message: 'Sources differ on the paediatric maximum: ASH 2019 caps prednisone at 120 mg/day, the ICR 2019 high-dose schedule (4 mg/kg/day for 4 days) at 200 mg/day. The lower ASH cap is applied; choose the ICR schedule explicitly to use it instead.',
    citation: 'ash-2019',
  },
  'icr-2019-high-dose': {
    code: 'paediatric-prednisone-cap',
    message: 'The ICR 2019 high-dose schedule was chosen: its maximum is 200 mg/day, where ASH 2019 would cap prednisone at 120 mg/day.',
    citation: 'icr-2019',
  },
};

const paediatricScheduleIgnored: Note = {
  code: 'prednisone-rule-ignored',
  message: 'The ICR high-dose schedule is for children; the adult dose is shown.',
};

const inPregnancy: PopulationLimit = {
  kind: 'caution',
  fact: 'pregnant',
  code: 'pregnancy-prednisone',
  message: 'Pregnancy: the dose shown is the lower start the ICR and Japanese guidance favour in pregnancy, 10–20 mg daily, instead of the usual 1 mg/kg daily.',
  rule: 'pregnancy has a lower prednisone start, 10–20 mg daily',
  source: 'ICR 2019 and Japanese guidance, pregnancy (guidelines.md §8.2, ◐)',
  citation: 'icr-2019',
};

/** A child's schedule: ASH 2019 unless the ICR high-dose schedule was chosen (the lower cap by default). */
const childRule = (context: RuleContext): PrednisoneRule => context.prednisoneRule ?? 'ash-2019';

function rules(context: RuleContext): readonly ItemSpec[] {
  if (context.pregnant === true) return pregnancyStart;
  return context.ageGroup === 'child' ? child[childRule(context)] : adult;
}

function notes(context: RuleContext): Note[] {
  if (context.pregnant === true) return [];
  if (context.ageGroup === 'child') return [childCap[childRule(context)], paediatricCourse, paediatricCapsSource];
  return context.prednisoneRule === 'icr-2019-high-dose' ? [adultRange, paediatricScheduleIgnored] : [adultRange];
}

export const prednisone: RegimenDefinition = {
  id: 'prednisone',
  name: regimenNames['prednisone'],
  needs: [{ field: 'ageYears', why: 'the prednisone dose differs for children and adults' }],
  citations: ['icr-2019', 'ash-2019'],
  limits: [inPregnancy],
  rules,
  notes,
};
