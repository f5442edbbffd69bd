// The monitoring schedule reads the simulator's own request: the same counts give the engine's plan.
import { describe, expect, it } from 'vitest';
import { monitoringPlan } from '../../engine';
import { eltrombopagSource } from '../../engine/titration/eltrombopag';
import { fostamatinibSource } from '../../engine/titration/fostamatinib';
import { $case, emptyCase } from '../case/case';
import { carrying } from '../titration/agents';
import { emptyTitration } from '../titration/fields';
import { fostamatinibHelperRules } from './fostamatinib-rules';
import { monitoringState } from './state';

describe('monitoringState', () => {
  it('gives the engine’s plan for the simulator’s input', () => {
    const monitoring = monitoringState({ rules: carrying({ eltrombopag: eltrombopagSource }) });
    $case.set({ ...emptyCase, age: '40', hepatic: 'no' });
    monitoring.titration.$fields.set({
      ...emptyTitration, agent: 'eltrombopag', eastAsian: 'no',
      rows: [{ day: '0', count: '20', weight: '' }, { day: '14', count: '35', weight: '' }],
    });
    const { result } = monitoring.$plan.get();
    expect(result.state).toBe('done');
    const expected = monitoringPlan({ agent: 'eltrombopag', options: { ageYears: 40, eastAsianAncestry: false, hepaticImpairment: false }, counts: [{ day: 0, count: 20 }, { day: 14, count: 35 }] });
    expect(result.state === 'done' ? result.value : undefined).toEqual(expected.ok ? expected.value : undefined);
  });

  it('reads the fostamatinib helper’s dose from the latest step', () => {
    const monitoring = monitoringState({ rules: carrying({ fostamatinib: fostamatinibSource }), helperRules: () => fostamatinibHelperRules });
    expect(monitoring.helper.$outcome.get()?.dailyMg).toBeUndefined();
  });

  it('has the fostamatinib helper’s rules only once fostamatinib’s script has brought them with its label table', () => {
    expect(monitoringState({ rules: carrying({}), helperRules: () => fostamatinibHelperRules }).helper.$outcome.get()).toBeUndefined();
    expect(monitoringState({ rules: carrying({ fostamatinib: fostamatinibSource }), helperRules: () => undefined }).helper.$rules.get()).toBeUndefined();
    const loaded = monitoringState({ rules: carrying({ fostamatinib: fostamatinibSource }), helperRules: () => fostamatinibHelperRules });
    expect(loaded.helper.$rules.get()).toBe(fostamatinibHelperRules);
  });
});
