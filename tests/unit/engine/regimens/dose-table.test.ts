/**
 * The dose table for clinicians to review: every regimen at five reference patients, through the same
 * formatting gate as the site. It is committed as docs/dose-table.md, so a change to any dose shows up as a
 * reviewable diff, and a stale table fails this test (update it with `npx vitest run -u` and review the diff).
 */
import { expect, it } from 'vitest';
import { formatItemDose } from '../../../../src/engine/format/regimen-summary';
import { drugDisplayName } from '../../../../src/engine/format/drug-names';
import { planRegimen, regimenIds, regimenName, type RegimenItem, type RegimenPlan } from '../../../../src/engine/regimens';

/** Rh(D)-positive, spleen present, haemoglobin 12 g/dL, DAT negative: so that anti-D can be shown. */
const antiDEligible = { rhD: 'positive', splenectomised: false, haemoglobinGdL: 12, datNegative: true };

const patients = [
  { label: 'Child 2 y, 10 kg, 80 cm', input: { ageYears: 2, weightKg: 10, heightCm: 80, ...antiDEligible } },
  { label: 'Child 8 y, 25 kg, 120 cm', input: { ageYears: 8, weightKg: 25, heightCm: 120, ...antiDEligible } },
  { label: 'Adult 55 kg, 160 cm', input: { ageYears: 40, weightKg: 55, heightCm: 160, ...antiDEligible } },
  { label: 'Adult 70 kg, 170 cm', input: { ageYears: 40, weightKg: 70, heightCm: 170, ...antiDEligible } },
  { label: 'Adult 100 kg, 180 cm', input: { ageYears: 40, weightKg: 100, heightCm: 180, ...antiDEligible } },
];

function cell(item: RegimenItem | undefined): string {
  if (item === undefined) return '—';
  return `${formatItemDose(item)}${item.dose.capped ? ' (capped)' : ''}`;
}

function plans(): { id: (typeof regimenIds)[number]; byPatient: RegimenPlan[] }[] {
  return regimenIds.map((id) => ({
    id,
    byPatient: patients.map(({ input }) => {
      const result = planRegimen(id, input);
      if (!result.ok) throw new Error(`${id}: ${JSON.stringify(result.errors)}`);
      return result.value;
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
    'anti-D can be shown. Children are under 18 years. Doses use the Mosteller BSA. "(capped)" marks a dose',
    'limited by a maximum; the working below says which.',
    '',
    `| Regimen | Drug | ${patients.map((patient) => patient.label).join(' | ')} |`,
    `| --- | --- | ${patients.map(() => '---').join(' | ')} |`,
  ];
  for (const { id, byPatient } of all) {
    const drugs = [...new Set(byPatient.flatMap((plan) => plan.items.map((item) => item.drug)))];
    for (const drug of drugs) {
      const cells = byPatient.map((plan) => cell(plan.items.find((item) => item.drug === drug)));
      lines.push(`| ${regimenName(id)} | ${drugDisplayName(drug)} | ${cells.join(' | ')} |`);
    }
  }
  patients.forEach((patient, index) => {
    lines.push('', `## ${patient.label}`, '', '| Regimen | Drug | Dose | Route | Schedule | Working |', '| --- | --- | --- | --- | --- | --- |');
    for (const { id, byPatient } of all) {
      for (const item of byPatient[index].items) {
        lines.push(`| ${regimenName(id)} | ${drugDisplayName(item.drug)} | ${cell(item)} | ${item.route} | ${item.schedule} | ${item.working} |`);
      }
    }
  });
  return `${lines.join('\n')}\n`;
}

it('matches the committed dose table (docs/dose-table.md)', async () => {
  await expect(render()).toMatchFileSnapshot('../../../../docs/dose-table.md');
});
