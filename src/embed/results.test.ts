// The `result` message: what each widget computed, as plain data — and nothing the widget does not show.
import { describe, expect, it } from 'vitest';
import { allParts, allRegimens, formatItemDose, planRegimen, titrate, titrateWith } from '../engine';
import { eltrombopagSource } from '../engine/titration/eltrombopag';
import { tools } from '../tools';
import { emptyCase, type CaseFields } from '../tools/case/case';
import { caseValues } from '../tools/case/case-values';
import { doseResult } from '../tools/dose/result';
import { doseOutcome, emptyDose } from '../tools/dose/state';
import { loadedNothing } from '../tools/shared/on-choice';
import { responseResult } from '../tools/response/result';
import { emptyResponse, responseOutcome } from '../tools/response/state';
import type { AgentRules } from '../tools/titration/agents';
import { emptyTitration, type TitrationFields } from '../tools/titration/fields';
import { engineOutcome } from '../tools/titration/outcome';
import { titrationRequest } from '../tools/titration/request';
import { titrationResult } from '../tools/titration/result';
import { walkerResult } from '../tools/walker/result';
import { emptyWalker, walkOutcome } from '../tools/walker/state';
import { resultWidgets } from './results';

/** A page that has every regimen's rules (each is a script loaded on choice in the browser). */
const carried = loadedNothing(allRegimens);

const withCase = (typed: Partial<CaseFields>) => {
  const fields = { ...emptyCase, ...typed };
  return [fields, caseValues(fields)] as const;
};

describe('doseResult', () => {
  it('is idle before a regimen is chosen', () => {
    expect(doseResult(doseOutcome(...withCase({ weight: '70' }), emptyDose, carried))).toEqual({ state: 'idle' });
  });

  it('says what the calculator asks for, in its words', () => {
    const result = doseResult(doseOutcome(...withCase({ weight: '70' }), { ...emptyDose, regimen: 'rituximab-standard' }, carried));
    expect(result.state).toBe('problems');
    expect(JSON.stringify(result)).toMatch(/height/i);
  });

  it('gives each dose as the calculator prints it, with its route and schedule (rituximab, 170 cm, 70 kg)', () => {
    const result = doseResult(doseOutcome(...withCase({ weight: '70', height: '170' }), { ...emptyDose, regimen: 'rituximab-standard' }, carried));
    const engine = planRegimen('rituximab-standard', { weightKg: 70, heightCm: 170 });
    const item = engine.ok ? engine.value.items[0] : undefined;
    if (item === undefined) throw new Error('expected a plan');
    expect(result).toMatchObject({
      state: 'done',
      value: { regimen: 'rituximab-standard', items: [{ drug: 'rituximab', dose: formatItemDose(item), route: item.route, schedule: item.schedule }] },
    });
    expect(JSON.stringify(result)).not.toContain('170');
  });
});

describe('titrationResult', () => {
  const carried: AgentRules = { sources: { eltrombopag: eltrombopagSource }, loading: [], failed: [] };
  const run = (typed: Partial<CaseFields>, fields: Partial<TitrationFields>, rules = carried) => {
    const [caseFields, values] = withCase(typed);
    return titrationResult(engineOutcome(titrationRequest(caseFields, values, { ...emptyTitration, ...fields }), rules, titrateWith));
  };

  it('gives every step with its dose, schedule, rule and source, as the engine gives them', () => {
    const result = run({ age: '40', hepatic: 'no' }, {
      agent: 'eltrombopag', eastAsian: 'no',
      rows: [{ day: '0', count: '20', weight: '' }, { day: '14', count: '35', weight: '' }],
    });
    const engine = titrate({ agent: 'eltrombopag', options: { ageYears: 40, eastAsianAncestry: false, hepaticImpairment: false }, counts: [{ day: 0, count: 20 }, { day: 14, count: 35 }] });
    if (!engine.ok) throw new Error('expected steps');
    expect(result).toEqual({
      state: 'done',
      value: {
        agent: 'eltrombopag', ruleset: 'us-label',
        steps: engine.value.steps.map(({ day, count, action, dose, schedule, reason, citation }) => ({ day, count, action, dose, schedule, reason, citation })),
      },
    });
    expect(engine.value.steps.map((step) => step.action)).toEqual(['start', 'increase']);
  });

  it('asks for the start-dose answers before giving a result', () => {
    const result = run({ age: '40' }, { agent: 'eltrombopag', rows: [{ day: '0', count: '20', weight: '' }] });
    expect(result.state).toBe('problems');
  });

  it('has computed nothing while the agent’s label table is still loading', () => {
    const loading: AgentRules = { sources: {}, loading: ['eltrombopag'], failed: [] };
    const result = run({ age: '40', hepatic: 'no' }, { agent: 'eltrombopag', eastAsian: 'no', rows: [{ day: '0', count: '20', weight: '' }] }, loading);
    expect(result).toEqual({ state: 'idle' });
  });
});

describe('responseResult', () => {
  it('gives the category with the reason and the confirming days', () => {
    const result = responseResult(responseOutcome({
      ...emptyResponse, baseline: '10', bleeding: 'no', rows: [{ day: '7', count: '40' }, { day: '14', count: '45' }],
    }));
    expect(result).toMatchObject({ state: 'done', value: { category: 'response', confirmedOnDays: [7, 14] } });
  });

  it('is idle with nothing entered', () => {
    expect(responseResult(responseOutcome(emptyResponse))).toEqual({ state: 'idle' });
  });
});

describe('walkerResult', () => {
  it('gives the urgency, the options best first and the path, without the rationale text', () => {
    const [fields, values] = withCase({ age: '45', count: '5', bleeding: 'life-threatening', months: '1', prior: [] });
    const result = walkerResult(walkOutcome(fields, values, emptyWalker, loadedNothing(allParts)));
    if (result.state !== 'done') throw new Error('expected a recommendation');
    expect(result.value.urgency).toBe('emergency');
    expect(result.value.options[0]).toEqual({ id: 'emergency-care', label: 'Emergency care', deferred: false });
    expect(result.value.path[0]).toBe('case-start');
    expect(JSON.stringify(result)).not.toContain('rationale');
  });
});

describe('the widgets that send a result', () => {
  it('are every embed of every tool', () => {
    expect(resultWidgets).toEqual(tools.flatMap((definition) => definition.embeds.map((embed) => embed.id)));
    expect(resultWidgets).toContain('dose');
    expect(resultWidgets).not.toContain('overview');
  });
});
