// The ISMP lint run over every built page by scripts/check-content.mjs: each rule with text it must catch
// and text it must let through.
import { describe, expect, it } from 'vitest';
import { ismpRules, lintText } from '../../../scripts/lib/ismp-lint.mjs';

const cases: { rule: string; fails: string[]; passes: string[] }[] = [
  { rule: 'trailing-zero', fails: ['give 1.0 mg', '2.50 mL', 'a 10.0 mcg/kg dose', '1,000.0 units'], passes: ['give 1 mg', '0.5 mL', '2.5 mg', '1,000 mg', '12.4 weeks', '1.0 ×10⁹/L', '30 ×10⁹/L'] },
  { rule: 'naked-decimal', fails: ['.5 mg', 'take .25 mL', '(.5 mg)'], passes: ['0.5 mg', '12.5 mg', 'P = 0.12', 'P <.05'] },
  { rule: 'microgram-symbol', fails: ['50 µg/kg', '50 μg/kg', '10 µg'], passes: ['50 mcg/kg', 'per microlitre', '20,000/μL'] },
  { rule: 'unit-abbreviation', fails: ['5,000 U', '250 IU/kg', '10U'], passes: ['17,500 units', '250 international units/kg', 'US label', 'IU Health', 'ICU'] },
  { rule: 'qd', fails: ['40 mg QD', 'taken q.d.', 'qd dosing', 'Q.D.'], passes: ['40 mg daily', 'QDE', 'aqd', 'squad'] },
  { rule: 'cc', fails: ['5 cc', '2cc'], passes: ['5 mL', 'cc the pharmacist', 'accent'] },
];

describe('ISMP lint', () => {
  it('has a test row for every rule', () => {
    expect(cases.map((c) => c.rule).sort()).toEqual(ismpRules.map((r) => r.id).sort());
  });

  describe.each(cases)('$rule', ({ rule, fails, passes }) => {
    it.each(fails)('catches %j', (text) => {
      expect(lintText(text).map((p) => p.rule)).toContain(rule);
    });
    it.each(passes)('lets %j through', (text) => {
      expect(lintText(text).filter((p) => p.rule === rule)).toEqual([]);
    });
  });

  it('reports the offending text with context', () => {
    const [problem] = lintText('Start at 1.0 mg daily.');
    expect(problem).toMatchObject({ rule: 'trailing-zero', match: '1.0 mg' });
    expect(problem?.context).toContain('Start at 1.0 mg daily');
  });
});
