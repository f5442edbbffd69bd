/**
 * The dose table for clinicians to review: every regimen at five reference patients, through the same
 * formatting gate as the site. It is committed as docs/dose-table.md, so a change to any dose shows up as a
 * reviewable diff, and a stale table fails this test (update it with `npx vitest run -u` and review the diff).
 */
import { expect, it } from 'vitest';
import { formatItemDose } from '../../../../src/engine/format/regimen-summary';
import { drugDisplayName } from '../../../../src/engine/format/drug-names';
import { planRegimen, regimenIds, regimenName, type RegimenItem, type RegimenPlan } from '../../../../src/engine/regimens';
import type { Note } from '../../../../src/engine/result';

/**
 * Rh(D)-positive, spleen present, haemoglobin 12 g/dL, DAT negative: so that anti-D can be shown. Not pregnant
 * and no hepatic impairment unless the label says so, so that the limits shown are those of the patient.
 */
const antiDEligible = { rhD: 'positive', splenectomised: false, haemoglobinGdL: 12, datNegative: true, hepaticImpairment: false };

const patients = [
  { label: 'Child 2 y, 10 kg, 80 cm', input: { ageYears: 2, weightKg: 10, heightCm: 80, ...antiDEligible } },
  { label: 'Child 8 y, 25 kg, 120 cm', input: { ageYears: 8, weightKg: 25, heightCm: 120, ...antiDEligible } },
  { label: 'Adult 55 kg, 160 cm', input: { ageYears: 40, weightKg: 55, heightCm: 160, pregnant: false, ...antiDEligible } },
  { label: 'Adult 70 kg, 170 cm', input: { ageYears: 40, weightKg: 70, heightCm: 170, pregnant: false, ...antiDEligible } },
  { label: 'Adult 100 kg, 180 cm', input: { ageYears: 40, weightKg: 100, heightCm: 180, pregnant: false, ...antiDEligible } },
  { label: 'Pregnant 30 y, 75 kg, 165 cm', input: { ageYears: 30, weightKg: 75, heightCm: 165, pregnant: true, ...antiDEligible } },
];

const limitWords = { contraindicated: 'CONTRAINDICATED, dose on request', 'no-data': 'NO DATA for this patient, dose on request', caution: '' } as const;

/** A dose cell: the dose, "(capped)", and the limit that stands before it for this patient. */
function cell(item: RegimenItem | undefined, warnings: readonly Note[]): string {
  if (item === undefined) return '—';
  const limit = warnings.find((note) => (note.limit === 'contraindicated' || note.limit === 'no-data') && (note.drug === undefined || note.drug === item.drug));
  return `${formatItemDose(item)}${item.dose.capped ? ' (capped)' : ''}${limit?.limit === undefined ? '' : ` — ${limitWords[limit.limit]}`}`;
}

interface Planned { plan: RegimenPlan; warnings: Note[] }

function plans(): { id: (typeof regimenIds)[number]; byPatient: Planned[] }[] {
  return regimenIds.map((id) => ({
    id,
    byPatient: patients.map(({ input }) => {
      const result = planRegimen(id, input);
      if (!result.ok) throw new Error(`${id}: ${JSON.stringify(result.errors)}`);
      return { plan: result.value, warnings: result.warnings };
    }),
  }));
}

function render(): string {
  const all = plans();
  const lines = [
    '# Dose table',
    '',
    'Generated from the engine by `tests/unit/engine/regimens/dose-table.test.ts`; do not edit by hand.',
    'A change to any dose, schedule or working changes this file, so it shows up for review as a diff.',
    '',
    'Reference patients are Rh(D)-positive, not splenectomised, with haemoglobin 12 g/dL and a negative DAT, so that',
    'anti-D can be shown; they have no hepatic impairment, and the adults are not pregnant unless labelled so. Children',
    'are under 18 years. Doses use the Mosteller BSA. "(capped)" marks a dose limited by a maximum; the working below',
    'says which. CONTRAINDICATED or NO DATA marks a dose the calculator shows only when asked, after the warning that',
    'comes first in the plan; each patient’s section lists those warnings, then every warning’s code.',
    '',
    `| Regimen | Drug | ${patients.map((patient) => patient.label).join(' | ')} |`,
    `| --- | --- | ${patients.map(() => '---').join(' | ')} |`,
  ];
  for (const { id, byPatient } of all) {
    const drugs = [...new Set(byPatient.flatMap(({ plan }) => plan.items.map((item) => item.drug)))];
    for (const drug of drugs) {
      const cells = byPatient.map(({ plan, warnings }) => cell(plan.items.find((item) => item.drug === drug), warnings));
      lines.push(`| ${regimenName(id)} | ${drugDisplayName(drug)} | ${cells.join(' | ')} |`);
    }
  }
  patients.forEach((patient, index) => {
    lines.push('', `## ${patient.label}`, '', '| Regimen | Drug | Dose | Route | Schedule | Working |', '| --- | --- | --- | --- | --- | --- |');
    for (const { id, byPatient } of all) {
      const { plan, warnings } = byPatient[index] ?? { plan: undefined, warnings: [] };
      for (const item of plan?.items ?? []) {
        lines.push(`| ${regimenName(id)} | ${drugDisplayName(item.drug)} | ${cell(item, warnings)} | ${item.route} | ${item.schedule} | ${item.working} |`);
      }
    }
    const first = all.flatMap(({ id, byPatient }) => (byPatient[index]?.warnings ?? [])
      .filter((note) => note.limit !== undefined)
      .map((note) => `- ${regimenName(id)} — ${note.limit}: ${note.message}`));
    if (first.length > 0) lines.push('', 'Shown first:', '', ...first);
    lines.push('', 'Every warning, by code, in the order shown:', '', ...all.map(({ id, byPatient }) =>
      `- ${regimenName(id)}: ${(byPatient[index]?.warnings ?? []).map((note) => note.code).join(', ')}`));
  });
  return `${lines.join('\n')}\n`;
}

it('matches the committed dose table (docs/dose-table.md)', async () => {
  await expect(render()).toMatchFileSnapshot('../../../../docs/dose-table.md');
});
