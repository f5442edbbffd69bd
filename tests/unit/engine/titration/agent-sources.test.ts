// A caller may carry fewer than four agents (a titration embed carries one): the agents it carries answer
// exactly as `titrate` and `monitoringPlan` do, and any other agent is refused on the `agent` field.
import { describe, expect, it } from 'vitest';
import { monitoringPlan, titrate, titrationAgents, type TitrationInput } from '../../../../src/engine';
import { avatrombopagSource } from '../../../../src/engine/titration/avatrombopag';
import { eltrombopagSource } from '../../../../src/engine/titration/eltrombopag';
import { fostamatinibSource } from '../../../../src/engine/titration/fostamatinib';
import { monitoringPlanWith } from '../../../../src/engine/titration/monitoring-plan';
import { romiplostimSource } from '../../../../src/engine/titration/romiplostim';
import { titrateWith } from '../../../../src/engine/titration/titrate';
import type { AgentSources } from '../../../../src/engine/titration/agent-source';
import type { Agent } from '../../../../src/engine';

// One valid input per agent, counts from drugs.md's start rows (a count of 20 on day 0, 35 two weeks on).
const inputs: Record<Agent, TitrationInput> = {
  romiplostim: { agent: 'romiplostim', weightKg: 70, counts: [{ day: 0, count: 20 }, { day: 7, count: 35 }] },
  eltrombopag: {
    agent: 'eltrombopag', options: { ageYears: 40, eastAsianAncestry: false, hepaticImpairment: false },
    counts: [{ day: 0, count: 20 }, { day: 14, count: 35 }],
  },
  avatrombopag: { agent: 'avatrombopag', options: { ageYears: 40 }, counts: [{ day: 0, count: 20 }, { day: 14, count: 35 }] },
  fostamatinib: { agent: 'fostamatinib', options: { ageYears: 40 }, counts: [{ day: 0, count: 20 }, { day: 28, count: 35 }] },
};

const alone: Record<Agent, AgentSources> = {
  romiplostim: { romiplostim: romiplostimSource },
  eltrombopag: { eltrombopag: eltrombopagSource },
  avatrombopag: { avatrombopag: avatrombopagSource },
  fostamatinib: { fostamatinib: fostamatinibSource },
};

describe.each(titrationAgents)('a caller carrying %s alone', (agent) => {
  it('titrates and plans monitoring exactly as the full engine does', () => {
    const full = titrate(inputs[agent]);
    expect(full.ok).toBe(true);
    expect(titrateWith(alone[agent])(inputs[agent])).toEqual(full);
    expect(monitoringPlanWith(alone[agent])(inputs[agent])).toEqual(monitoringPlan(inputs[agent]));
  });

  it.each(titrationAgents.filter((other) => other !== agent))('refuses %s on the agent field', (other) => {
    const refusal = {
      ok: false,
      errors: [{ field: 'agent', message: `This page does not carry the ${other} label table: use the full titration simulator for ${other}.` }],
    };
    expect(titrateWith(alone[agent])(inputs[other])).toEqual(refusal);
    expect(monitoringPlanWith(alone[agent])(inputs[other])).toEqual(refusal);
  });
});

it('still checks the input first: a bad count is named before the agent is looked up', () => {
  const result = titrateWith({})({ agent: 'romiplostim', weightKg: 70, counts: [{ day: 0, count: -1 }] });
  expect(result.ok).toBe(false);
  expect(!result.ok && result.errors.map((error) => error.field)).not.toContain('agent');
});
