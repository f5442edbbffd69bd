// The stores name fields; each view gives the field's control an id. A problem's link must land on a
// control the view really renders: each field key a store can name maps to an id in the tool's own HTML.
import { renderToString } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import { doseControlId } from './dose/control-ids';
import { doseInstance } from './dose/instance';
import { responseControlId } from './response/control-ids';
import { responseInstance } from './response/instance';
import type { ToolProps } from './shared/props';
import { titrationControlId } from './titration/control-ids';
import { titrationInstance } from './titration/instance';
import type { TitrationProblemField } from './titration/request';
import { walkerControlId } from './walker/control-ids';
import { walkerInstance } from './walker/instance';
import { $case, emptyCase } from './case/case';

const props: ToolProps = { refs: {}, data: {} };
const ids = (html: string) => new Set([...html.matchAll(/\bid="([^"]+)"/g)].map((match) => match[1]));

describe('each field key a store names is a control its view renders', () => {
  it('the dose calculator (the anti-D and prednisone questions show for their regimen only)', () => {
    const rendered = ids(renderToString(doseInstance().view(props)));
    for (const field of ['dose.regimen', 'dose.bsaFormula', 'case.weight', 'case.height', 'case.age', 'case.rhD', 'case.splenectomised', 'case.haemoglobin', 'case.pregnant', 'case.hepatic'] as const) {
      expect(rendered, field).toContain(doseControlId(field));
    }
  });

  it.each(['romiplostim', 'eltrombopag', 'avatrombopag'] as const)('the titration simulator on %s', (agent) => {
    const rendered = ids(renderToString(titrationInstance({ agent }).view(props)));
    const own: Record<typeof agent, TitrationProblemField[]> = {
      romiplostim: ['titration.ruleset', 'titration.rows.0.weight', 'case.weight'],
      eltrombopag: ['titration.eastAsian', 'case.hepatic'],
      avatrombopag: ['titration.cyp'],
    };
    const fields: TitrationProblemField[] = ['titration.agent', 'titration.entry', 'titration.unit', 'titration.rows.0.day', 'titration.rows.0.count', 'case.age', ...own[agent]];
    for (const field of fields) {
      expect(rendered, field).toContain(titrationControlId(field));
    }
  });

  it('the response assessor', () => {
    const rendered = ids(renderToString(responseInstance().view(props)));
    for (const field of ['response.baseline', 'response.bleeding', 'response.rows.0.day', 'response.rows.0.count'] as const) {
      expect(rendered, field).toContain(responseControlId(field));
    }
  });

  it('the walker (quality of life for a child, the pregnancy details in pregnancy: each shows when it applies)', () => {
    const rendered = ids(renderToString(walkerInstance().view(props)));
    for (const field of ['walker.anticoagulants', 'walker.procedurePlanned', 'case.age', 'case.count', 'case.bleeding', 'case.months', 'case.prior', 'case.pregnant'] as const) {
      expect(rendered, field).toContain(walkerControlId(field));
    }
    $case.set({ ...emptyCase, age: '7' });
    expect(ids(renderToString(walkerInstance().view(props)))).toContain(walkerControlId('walker.qualityOfLifeImpaired'));
    $case.set({ ...emptyCase, age: '31', pregnant: 'yes' });
    const pregnant = ids(renderToString(walkerInstance().view(props)));
    for (const field of ['case.gestation', 'case.deliveryPlanned'] as const) expect(pregnant, field).toContain(walkerControlId(field));
    $case.set({ ...emptyCase });
  });
});
