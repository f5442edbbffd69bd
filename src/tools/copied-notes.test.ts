/**
 * What every tool's "Copy as text" puts on the clipboard (issue #19 item 5): sources as the bibliography's
 * short references, never the site's internal keys; nothing about the tool's own maintenance; the site's
 * version last (CopyButton adds it: primitives.test.tsx). Checked over every regimen for a range of patients
 * and over every titration worked example.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  planRegimen, referenceKeys, regimenIds, regimenSummaryText, titrate, titrationVectors,
} from '../engine';
import { readableCitations } from './shared/note-text';
import { titrationSummaryText } from './titration/summary';

const entries = parse(readFileSync(new URL('../content/references.yaml', import.meta.url), 'utf8')) as { id: string; short: string }[];
const refs: Readonly<Record<string, string>> = Object.fromEntries(entries.map((entry) => [entry.id, entry.short]));
const cite = readableCitations(refs);

/** A key of the bibliography written as a key: "[fda-rituximab-hbv-2013]", "icr-2019 emergencies". */
function internalKeys(text: string): string[] {
  return referenceKeys.filter((key) => new RegExp(`(?<![\\w-])${key}(?![\\w-])`).test(text));
}

/** Words about what the site's makers have or have not checked, which mean nothing in a patient's record. */
const maintenance = /not (?:been )?(?:verified|checked) for this (?:tool|site)|verified for this tool/i;

const patients: Record<string, Record<string, unknown>> = {
  adult: { weightKg: 70, heightCm: 170, ageYears: 45, rhD: 'positive', splenectomised: false, haemoglobinGdL: 12.5 },
  child: { weightKg: 25, heightCm: 125, ageYears: 8, rhD: 'positive', splenectomised: false, haemoglobinGdL: 9.5, datNegative: true },
  pregnant: { weightKg: 72, heightCm: 165, ageYears: 31, pregnant: true, rhD: 'negative', splenectomised: false, haemoglobinGdL: 7.5 },
  unknown: { weightKg: 90 },
};

describe('the dose calculator’s note', () => {
  const cases = regimenIds.flatMap((id) => Object.entries(patients).map(([who, patient]) => [id, who, patient] as const));
  it.each(cases)('%s for the %s patient: readable sources, no maintenance words', (id, _who, patient) => {
    const plan = planRegimen(id, patient);
    if (!plan.ok) return;
    const text = regimenSummaryText(plan.value, plan.warnings, cite);
    expect(internalKeys(text)).toEqual([]);
    expect(text).not.toMatch(maintenance);
    for (const citation of plan.value.citations) expect(text).toContain(refs[citation]);
  });

  it('writes a source with its locator: “ASH 2019, rec 3”', () => {
    expect(cite('ash-2019 rec 3')).toBe('ASH 2019, rec 3');
    expect(cite('nplate-uspi §2.2')).toBe('Nplate US PI, §2.2');
  });
});

describe('the titration simulator’s note', () => {
  const inputs = titrationVectors.flatMap((vector) => (vector.check.kind === 'titration' ? [[vector.id, vector.check.input] as const] : []));
  it('covers the worked examples', () => {
    expect(inputs.length).toBeGreaterThan(40);
  });

  it.each(inputs)('%s: readable sources, no maintenance words', (_id, input) => {
    const result = titrate(input);
    if (!result.ok) return;
    const text = titrationSummaryText(result.value, result.warnings, input, cite);
    expect(internalKeys(text)).toEqual([]);
    expect(text).not.toMatch(maintenance);
  });
});
