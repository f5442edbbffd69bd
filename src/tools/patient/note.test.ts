// The "Your patient" note: what a clinician pastes into the record from the summary card.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { allParts, allRegimens, referenceKeys } from '../../engine';
import { emptyCase, type CaseFields } from '../case/case';
import { caseValues } from '../case/case-values';
import { readableCitations } from '../shared/note-text';
import { loadedNothing } from '../shared/on-choice';
import { emptyWalker, walkOutcome } from '../walker/state';
import { patientNoteText } from './note';
import { patientSummary } from './state';

const entries = parse(readFileSync(new URL('../../content/references.yaml', import.meta.url), 'utf8')) as { id: string; short: string }[];
const cite = readableCitations(Object.fromEntries(entries.map((entry) => [entry.id, entry.short])));

const note = (c: Partial<CaseFields>) => {
  const fields = { ...emptyCase, ...c };
  const values = caseValues(fields);
  const summary = patientSummary(walkOutcome(fields, values, emptyWalker, loadedNothing(allParts)), fields, values, loadedNothing(allRegimens));
  return patientNoteText(summary, fields, values, cite);
};

const caseOne: Partial<CaseFields> = {
  age: '45', weight: '70', count: '8', bleeding: 'mucosal', months: '1', prior: [{ therapy: 'ivig', outcome: 'no-response' }],
};
const pregnant: Partial<CaseFields> = { ...caseOne, age: '31', pregnant: 'yes' };

describe('patientNoteText', () => {
  it('gives the case, what to do and each option with its dose (case 1)', () => {
    const text = note(caseOne) ?? '';
    expect(text).toMatch(/^Case: age 45 years, weight 70 kg, platelets 8 ×10⁹\/L, bleeding: mucosal/);
    expect(text).toContain('Urgency: Urgent: Same-day review.');
    expect(text).toMatch(/2\. High-dose dexamethasone: .*\n.*High-dose dexamethasone.*:\n\s+Dexamethasone 40 mg/i);
  });

  it('keeps what decided the answer: the gestation, a planned delivery, the count as typed, and values beside their thresholds', () => {
    const text = note({ ...pregnant, age: '17.96', months: '2.99', count: '8,000', countUnit: '/uL', gestation: '27.99', deliveryPlanned: 'yes' }) ?? '';
    expect(text).toMatch(/^Case: age 17\.96 years, weight 70 kg, platelets 8 ×10⁹\/L \(typed “8,000” \/µL\), bleeding: mucosal.*, months since diagnosis: 2\.99, pregnant, 27\.99 weeks, delivery planned;/);
  });

  it.each([['case 1', caseOne], ['a pregnant patient', pregnant]])('names sources as short references for %s, never as keys or maintenance words', (_who, c) => {
    const text = note(c) ?? '';
    expect(referenceKeys.filter((key) => new RegExp(`(?<![\\w-])${key}(?![\\w-])`).test(text))).toEqual([]);
    expect(text).not.toMatch(/verified for this (?:tool|site)/i);
    expect(text).toContain('ASH 2019');
  });

  it('copies a withheld dose’s alert, never the dose', () => {
    const text = note(pregnant) ?? '';
    for (const line of text.split('\n').filter((l) => l.includes('dose withheld'))) expect(line).not.toMatch(/\d+ (?:mg|g|mcg)/);
  });

  it('is nothing until the case has an answer', () => {
    expect(note({ age: '45' })).toBeUndefined();
  });
});
