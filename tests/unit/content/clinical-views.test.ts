// The dose and table text the guidance pages render from the engine (src/components/clinical), checked
// against the research digest (drugs.md section named on each row), so a page cannot drift from the label.
import { describe, expect, it } from 'vitest';
import { citeId } from '../../../src/components/clinical/cite-ids';
import { maximumText, regimenItem, regimenView } from '../../../src/components/clinical/regimen-rules';
import { readerText } from '../../../src/components/clinical/status';
import { labelTable, maximumLevel, monitoringLines, startRows, titrationRows } from '../../../src/components/clinical/titration-rows';

describe('regimen rules read back from the engine', () => {
  it.each([
    ['rituximab-standard', 'adult', undefined, '375 mg/m²', 'once weekly for 4 doses'], // drugs.md §6
    ['rituximab-low-dose', 'adult', undefined, '100 mg', 'once weekly for 4 doses (400 mg course)'], // §6
    ['dexamethasone-high-dose', 'adult', undefined, '40 mg', 'daily for 4 days (one course)'], // §7.1
    ['dexamethasone-high-dose', 'child', undefined, '0.6 mg/kg', 'daily for 4 days'], // §7.2
    ['prednisone', 'child', undefined, '2–4 mg/kg', 'daily for 5–7 days'], // §7.2
    ['ivig', 'child', undefined, '0.8–1 g/kg', 'single dose; a second dose if the response is poor or bleeding continues'], // §8.1
    ['danazol-azathioprine', 'adult', 'danazol', '10–15 mg/kg', undefined], // §9
    ['multiagent-rescue', 'adult', 'vincristine', '0.03 mg/kg', undefined], // §9
    ['multiagent-rescue', 'adult', 'rho(d) immune globulin', '50–75 mcg/kg', undefined], // §9
  ] as const)('%s (%s) %s: %s', (id, age, drug, dose, schedule) => {
    const item = regimenItem(regimenView(id, age), drug);
    expect(item.dose).toBe(dose);
    if (schedule !== undefined) expect(item.schedule).toBe(schedule);
  });

  it.each([
    ['prednisone', 'adult', undefined, 'at most 80 mg a day (ICR 2019 maximum)'], // §7.1
    ['prednisone', 'child', undefined, 'at most 120 mg a day (ASH 2019 paediatric maximum)'], // §7.2 CONFLICT, lower cap
    ['multiagent-rescue', 'adult', 'methylprednisolone', 'at most 1,000 mg a dose (standard practice; not stated in the primary source)'], // §9
    ['multiagent-rescue', 'adult', 'vincristine', 'at most 2 mg a dose (standard practice; not stated in the primary source)'], // §9
    ['rituximab-standard', 'adult', undefined, undefined],
  ] as const)('%s (%s) %s maximum: %s', (id, age, drug, text) => {
    expect(maximumText(regimenItem(regimenView(id, age), drug))).toBe(text);
  });

  it('uses the ICR cap only when the ICR schedule is chosen', () => {
    const item = regimenItem(regimenView('prednisone', 'child', 'icr-2019-high-dose'));
    expect(maximumText(item)).toBe('at most 200 mg a day (ICR 2019 high-dose maximum)');
  });

  it('keeps notes that do not depend on the weight and drops those that do', () => {
    const ivig = regimenView('ivig', 'adult').notes.map((note) => note.code);
    expect(ivig).toContain('ivig-boxed-warning');
    expect(ivig).not.toContain('ivig-alternative-schedule');
  });

  it('asks for a drug name when a regimen has several', () => {
    expect(() => regimenItem(regimenView('multiagent-rescue'))).toThrow(/name one with drug/);
  });
});

describe('label tables in words', () => {
  it('shows romiplostim US rows with their bounds (drugs.md §1.2)', () => {
    const rows = titrationRows(labelTable('romiplostim'));
    expect(rows.map((row) => `${row.condition} → ${row.action}`)).toEqual(expect.arrayContaining([
      'On hold, count < 200 → Restart 1 mcg/kg below the dose stopped',
      'Count > 400 → Stop for now (no dose); count weekly while on hold',
      'Count > 200 and ≤ 400, previous count > 200 → Decrease by 1 mcg/kg',
      'Count < 50 → Increase by 1 mcg/kg, never above 10 mcg/kg once weekly',
      'Any other count → Keep the same dose',
    ]));
  });

  it('shows the EU romiplostim cut-offs (drugs.md §1.3)', () => {
    const conditions = titrationRows(labelTable('romiplostim', 'eu-smpc')).map((row) => row.condition);
    expect(conditions).toEqual(expect.arrayContaining(['On hold, count < 150', 'Count > 250', 'Count > 150 and ≤ 250, previous count > 150']));
  });

  it('marks a stop for lack of response as a prompt', () => {
    const prompt = titrationRows(labelTable('eltrombopag')).find((row) => row.prompt);
    expect(prompt?.condition).toBe('Count < 50, at the maximum dose (75 mg once daily), ≥ 28 days at this dose');
    expect(prompt?.action).toMatch(/^Discontinue\. This is a prompt to stop/);
  });

  it.each([
    ['romiplostim', '1 mcg/kg', '10 mcg/kg once weekly'],
    ['eltrombopag', '25 mg', '75 mg once daily'],
    ['avatrombopag', 'one level', '40 mg once daily, with food'],
    ['fostamatinib', '50 mg a dose', '150 mg twice daily (300 mg a day)'],
  ] as const)('%s steps by %s up to %s', (agent, step, maximum) => {
    const table = labelTable(agent);
    expect(table.step).toBe(step);
    expect(maximumLevel(table)).toBe(maximum);
  });

  it('lists eltrombopag starts, first matching row first (drugs.md §2.1)', () => {
    expect(startRows(labelTable('eltrombopag')).map((row) => row.dose)).toEqual([
      '12.5 mg once daily', '25 mg once daily', '25 mg once daily', '25 mg once daily', '50 mg once daily',
    ]);
  });

  it('gives monitoring after stopping where verified, and says so where not', () => {
    expect(monitoringLines(labelTable('avatrombopag'))[1]?.text).toBe('After stopping: counts for at least 28 days (weekly after stopping).');
    expect(monitoringLines(labelTable('eltrombopag'))[1]?.text).toMatch(/^UNVERIFIED/);
  });

  it('has no EU table for agents other than romiplostim', () => {
    expect(() => labelTable('eltrombopag', 'eu-smpc')).toThrow(/Only the US label is implemented for eltrombopag/);
  });
});

describe('citations and wording', () => {
  it.each([
    [['promacta-uspi boxed warning; §5'], 'promacta-uspi boxed warning, §5'],
    [['godeau-2008', 'patel-2012'], 'godeau-2008; patel-2012'],
    [['ash-2019 rec 9; icr-2019'], 'ash-2019 rec 9; icr-2019'],
  ])('citeId(%j) is %j', (citations, id) => {
    expect(citeId(...citations)).toBe(id);
  });

  it.each([
    ['UNVERIFIED: the steps', 'Not verified: the steps'],
    ['Interactions (details UNVERIFIED): x', 'Interactions (details not verified): x'],
    ['The symbols are UNVERIFIED.', 'The symbols are not verified.'],
  ])('shows %j as %j', (engine, reader) => {
    expect(readerText(engine)).toBe(reader);
  });
});
