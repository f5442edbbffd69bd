// The dose and table text the guidance pages render from the engine (src/components/clinical). The engine's
// own data is the oracle: each view must say what the engine's regimen rules and label tables hold, through
// the formatting gate, so a page cannot drift from what the tools apply. No dose or threshold is pinned here
// (each is pinned once, in the engine's vector tests against the digests).
import { describe, expect, it } from 'vitest';
import { citeId } from '../../../src/components/clinical/cite-ids';
import { maximumText, regimenItem, regimenView } from '../../../src/components/clinical/regimen-rules';
import { readerText } from '../../../src/components/clinical/status';
import { labelTable, maximumLevel, monitoringLines, startRows, titrationRows } from '../../../src/components/clinical/titration-rows';
import {
  boundText, formatDose, formatDoseRule, formatNumber, regimenRules, type AgeGroup, type ItemSpec, type PrednisoneRule, type RegimenId,
} from '../../../src/engine';

/** The engine's rule for one item of a regimen: the oracle for what a page shows of it. */
function engineItem(id: RegimenId, ageGroup: AgeGroup, drug?: string, prednisoneRule?: PrednisoneRule): ItemSpec {
  const rules = regimenRules(id, { ageGroup, ...(prednisoneRule === undefined ? {} : { prednisoneRule }) });
  const item = rules.ok ? rules.value.items.find((entry) => drug === undefined || entry.drug === drug) : undefined;
  if (item === undefined) throw new Error(`the engine has no ${drug ?? id} item`);
  return item;
}

describe('regimen rules read back from the engine', () => {
  it.each([
    ['rituximab-standard', 'adult', undefined],
    ['rituximab-low-dose', 'adult', undefined],
    ['dexamethasone-high-dose', 'adult', undefined],
    ['dexamethasone-high-dose', 'child', undefined],
    ['prednisone', 'child', undefined],
    ['ivig', 'child', undefined],
    ['danazol-azathioprine', 'adult', 'danazol'],
    ['multiagent-rescue', 'adult', 'vincristine'],
    ['multiagent-rescue', 'adult', 'rho(d) immune globulin'],
  ] as const)('%s (%s) %s: the engine’s dose rule and schedule', (id, age, drug) => {
    const item = regimenItem(regimenView(id, age), drug);
    const engine = engineItem(id, age, drug);
    expect(item.dose).toBe(formatDoseRule(engine.dose));
    expect(item.schedule).toBe(engine.schedule);
    expect(item.dose).toMatch(/^\d/);
  });

  it.each([
    ['prednisone', 'adult', undefined, undefined],
    ['prednisone', 'child', undefined, undefined], // drugs.md §7.2 CONFLICT: the lower (ASH) cap unless the ICR schedule is chosen
    ['prednisone', 'child', undefined, 'icr-2019-high-dose'],
    ['multiagent-rescue', 'adult', 'methylprednisolone', undefined],
    ['multiagent-rescue', 'adult', 'vincristine', undefined],
  ] as const)('%s (%s) %s (%s): the engine’s cap, with its source', (id, age, drug, rule) => {
    const engine = engineItem(id, age, drug, rule);
    const cap = engine.dose.basis === 'flat' ? undefined : engine.dose.cap;
    if (cap === undefined) throw new Error('no cap in the engine');
    const expected = `at most ${formatDose({ amount: cap.amount, unit: engine.dose.unit })} ${engine.per === 'day' ? 'a day' : 'a dose'} (${cap.source})`;
    expect(maximumText(regimenItem(regimenView(id, age, rule), drug))).toBe(expected);
  });

  it('says no maximum where the engine has none', () => {
    expect(maximumText(regimenItem(regimenView('rituximab-standard', 'adult')))).toBeUndefined();
  });

  it('uses the ICR cap only when the ICR schedule is chosen', () => {
    const ash = maximumText(regimenItem(regimenView('prednisone', 'child')));
    const icr = maximumText(regimenItem(regimenView('prednisone', 'child', 'icr-2019-high-dose')));
    expect(icr).not.toBe(ash);
    expect(icr).toMatch(/ICR 2019/);
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
  it.each([['romiplostim', 'us-label'], ['romiplostim', 'eu-smpc'], ['eltrombopag', 'us-label'], ['avatrombopag', 'us-label'], ['fostamatinib', 'us-label']] as const)(
    '%s (%s): every row of the engine’s table, in its order, with its bounds, action and source',
    (agent, ruleset) => {
      const table = labelTable(agent, ruleset);
      const rows = titrationRows(table);
      expect(rows).toHaveLength(table.rows.length);
      rows.forEach((shown, at) => {
        const engine = table.rows[at];
        if (engine === undefined) throw new Error('row missing');
        expect(shown.action).toBe(engine.action);
        expect(shown.citation).toBe(engine.citation);
        expect(shown.condition.startsWith('On hold') || shown.condition === 'Any other count').toBe(engine.state === 'held' || engine.when === undefined);
        if (engine.when?.count !== undefined) expect(shown.condition.toLowerCase()).toContain(`count ${boundText(engine.when.count)}`);
        if (engine.when?.previousCount !== undefined) expect(shown.condition).toContain(`previous count ${boundText(engine.when.previousCount)}`);
        if (engine.when?.previousDaysBefore !== undefined) expect(shown.condition).toContain(`the latest count at least ${engine.when.previousDaysBefore} days earlier`);
        if (engine.when?.countHeldFor !== undefined) expect(shown.condition).toContain(`every count at this dose so for ${boundText(engine.when.countHeldFor)} days`);
        if (engine.when?.afterCountOutside) expect(shown.condition).toContain('after an earlier count at this dose outside that bound');
      });
    },
  );

  it('shows the EU romiplostim cut-offs, not the US ones, under the EU SmPC (drugs.md §1.3)', () => {
    const us = titrationRows(labelTable('romiplostim')).map((row) => row.condition);
    const eu = titrationRows(labelTable('romiplostim', 'eu-smpc')).map((row) => row.condition);
    expect(eu).not.toEqual(us);
  });

  it('marks a stop for lack of response as a prompt, naming the maximum dose as the engine gives it', () => {
    const table = labelTable('eltrombopag');
    const prompt = titrationRows(table).find((row) => row.prompt);
    expect(prompt?.condition).toContain(`at the maximum dose (${maximumLevel(table)})`);
    expect(prompt?.action).toMatch(/^Discontinue\. This is a prompt to stop/);
  });

  it.each(['romiplostim', 'eltrombopag', 'avatrombopag', 'fostamatinib'] as const)('%s: its maximum is the highest of its levels', (agent) => {
    const table = labelTable(agent);
    expect(maximumLevel(table)).toBe(table.levels[table.levels.length - 1]);
  });

  it('lists eltrombopag starts, first matching row first, each at its level (drugs.md §2.1)', () => {
    const table = labelTable('eltrombopag');
    expect(startRows(table).map((row) => row.dose)).toEqual([...table.start.rows, table.start.otherwise].map((start) => table.levels[start.level]));
    expect(startRows(table)).toHaveLength(table.start.rows.length + 1);
  });

  it('gives monitoring after stopping where verified, and says so where not', () => {
    const { afterStop } = labelTable('avatrombopag').counts;
    if (!('forDays' in afterStop)) throw new Error('expected a verified interval');
    expect(monitoringLines(labelTable('avatrombopag'))[1]?.text).toBe(`After stopping: counts for at least ${formatNumber(afterStop.forDays)} days (${afterStop.every.words}).`);
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
