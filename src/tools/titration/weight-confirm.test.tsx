// @vitest-environment happy-dom
// A romiplostim dosing weight implausible for the age: said beside the case's weight with the box that
// confirms it, and no dose until the box is ticked (as on the dose calculator; romiplostim.ts weightCheck).
import { afterEach, describe, expect, it } from 'vitest';
import { romiplostimSource } from '../../engine';
import { resetCase } from '../case/case';
import { caseFieldId } from '../case/control-ids';
import { byId, choose, cleanup, mount, settle, type } from '../shared/test-support';
import { carrying } from './agents';
import { titrationState } from './state';
import { TitrationCasePanel } from './TitrationCasePanel';

async function panelAt(weight: string) {
  const state = titrationState({ rules: carrying({ romiplostim: romiplostimSource }) });
  const root = mount(<TitrationCasePanel state={state} />);
  await type(byId(root, caseFieldId('age')), '6');
  await type(byId(root, caseFieldId('weight')), weight);
  state.setRow(0, { day: '0', count: '20' });
  await settle();
  return { state, root, result: () => state.$outcome.get().result };
}

afterEach(() => {
  cleanup();
  resetCase();
});

describe('TitrationCasePanel: the weight that doses romiplostim', () => {
  it('80 kg at 6 years: no dose, the reason beside the weight, and a box to confirm it', async () => {
    const { root, result } = await panelAt('80');
    expect(result().state).toBe('problems');
    expect(root.textContent).toContain('80 kg is not a plausible weight for a child of 6 years');
    const box = byId<HTMLInputElement>(root, caseFieldId('weightConfirmed'));
    await choose(box);
    const now = result();
    expect(now.state === 'done' ? now.value.steps[0]?.dose?.amount : undefined).toBe(80);
    expect(now.state === 'done' ? now.warnings[0]?.message : '').toContain('was confirmed');
  });

  it('a plausible weight: a dose at once, and no box', async () => {
    const { root, result } = await panelAt('20');
    expect(result().state).toBe('done');
    expect(root.querySelector(`#${caseFieldId('weightConfirmed')}`)).toBeNull();
  });

  it('a new reweigh takes a confirmation back', async () => {
    const { state, root, result } = await panelAt('80');
    await choose(byId<HTMLInputElement>(root, caseFieldId('weightConfirmed')));
    state.setRow(1, { day: '7', count: '20', weight: '200' });
    await settle();
    expect(result().state).toBe('problems');
  });
});
