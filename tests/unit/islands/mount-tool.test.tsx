// @vitest-environment happy-dom
// Starting a tool rendered at build time: the link is read before the first render, which then takes
// over the build-time HTML; props that are not label maps start nothing.
import { renderToString } from 'preact-render-to-string';
import { afterEach, describe, expect, it } from 'vitest';
import { DoseIsland } from '../../../src/components/islands/dose/DoseIsland';
import { mountTool, readToolProps } from '../../../src/components/islands/ui/mount-tool';
import { $case, emptyCase } from '../../../src/stores/case';
import { $dose, doseCodec, emptyDose } from '../../../src/stores/dose';
import { pageBinding } from '../../../src/stores/page-state';
import { cleanup, settle } from './support';

afterEach(() => {
  cleanup();
  $case.set({ ...emptyCase });
  $dose.set({ ...emptyDose });
});

describe('readToolProps', () => {
  it.each([
    ['{"refs":{"ash-2019":"ASH 2019"}}', { refs: { 'ash-2019': 'ASH 2019' } }],
    ['{}', {}],
    [undefined, {}],
    ['{"refs":{"a":1}}', undefined],
    ['[1]', undefined],
    ['null', undefined],
  ])('%s → %j', (text, props) => {
    expect(readToolProps(text)).toEqual(props);
  });
});

describe('mountTool', () => {
  it('renders over the build-time HTML with the linked case already applied', async () => {
    window.history.replaceState(null, '', '/tools/dose-calculator/?wt=70&ht=170&regimen=rituximab-standard');
    const root = document.createElement('div');
    root.dataset.tool = 'dose';
    root.dataset.toolProps = JSON.stringify({ refs: {} });
    root.innerHTML = renderToString(<DoseIsland refs={{}} />);
    const builtInput = root.querySelector('#case-weight');
    document.body.append(root);
    mountTool('dose', (props) => <DoseIsland refs={props.refs ?? {}} />, [pageBinding($dose, doseCodec)]);
    await settle();
    expect(root.querySelector('#case-weight')).toBe(builtInput);
    expect(root.querySelector<HTMLInputElement>('#case-weight')?.value).toBe('70');
    expect(root.querySelector('.dose')?.textContent).toBe('681.8 mg');
  });

  it('starts nothing without its root', () => {
    expect(() => mountTool('missing', () => null, [])).not.toThrow();
  });
});
