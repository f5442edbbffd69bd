// @vitest-environment happy-dom
// "Your patient" asks the walker's own questions, so a child's advice never waits on one the page cannot answer.
import { afterEach, describe, expect, it } from 'vitest';
import { resetCase } from '../case/case';
import { caseFieldId } from '../case/control-ids';
import { byId, cleanup, mount, type } from '../shared/test-support';
import { $walker, emptyWalker } from '../walker/state';
import { PatientView } from './PatientView';

const legends = (root: HTMLElement) => [...root.querySelectorAll('.patient-more legend')].map((legend) => legend.textContent ?? '');

afterEach(() => {
  cleanup();
  resetCase();
  $walker.set(emptyWalker);
});

describe('PatientView: the walker’s questions', () => {
  it('asks about an anticoagulant and a planned procedure for everyone, and a child’s quality of life for a child only', async () => {
    const root = mount(<PatientView refs={{}} />);
    await type(byId(root, caseFieldId('age')), '45');
    expect(legends(root)).toEqual(['Taking an anticoagulant', 'Procedure planned (surgery or an invasive test)']);
    await type(byId(root, caseFieldId('age')), '6');
    expect(legends(root)).toContain('Quality of life reduced by ITP');
  });
});
