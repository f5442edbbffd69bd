// @vitest-environment happy-dom
// Starting a tool rendered at build time: the link is read before the first render, which then takes
// over the build-time HTML; props that are not label maps start nothing.
import { renderToString } from 'preact-render-to-string';
import { afterEach, describe, expect, it } from 'vitest';
import { DoseIsland } from '../dose/DoseIsland';
import { mountTool, readToolProps } from './mount';
import { controlsAsBuilt } from './take-over';
import { $case, emptyCase } from '../case/case';
import { $dose, doseCodec, emptyDose } from '../dose/state';
import { pageBinding } from './page-state';
import { byId, cleanup, settle, type } from './test-support';

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

function builtDoseRoot(): HTMLElement {
  const root = document.createElement('div');
  root.dataset.tool = 'dose';
  root.dataset.toolProps = JSON.stringify({ refs: {} });
  root.dataset.prerendered = '';
  root.innerHTML = renderToString(<DoseIsland refs={{}} />);
  // As a browser parses it: happy-dom leaves a select set through innerHTML with nothing selected.
  for (const select of root.querySelectorAll('select')) {
    select.selectedIndex = Math.max(0, [...select.options].findIndex((option) => option.hasAttribute('selected')));
  }
  document.body.append(root);
  return root;
}

describe('controlsAsBuilt', () => {
  it('is true for controls as their HTML built them, false once a box, choice, text or list changes', () => {
    const root = document.createElement('div');
    document.body.append(root);
    root.innerHTML = '<input id="a" value="1"><input id="b" type="radio"><textarea id="c">x</textarea>'
      + '<select id="d"><option>1</option><option selected>2</option></select>';
    expect(controlsAsBuilt(root)).toBe(true);
    byId<HTMLSelectElement>(root, 'd').selectedIndex = 0;
    expect(controlsAsBuilt(root)).toBe(false);
    byId<HTMLSelectElement>(root, 'd').selectedIndex = 1;
    byId<HTMLInputElement>(root, 'b').checked = true;
    expect(controlsAsBuilt(root)).toBe(false);
    byId<HTMLInputElement>(root, 'b').checked = false;
    byId<HTMLTextAreaElement>(root, 'c').value = 'y';
    expect(controlsAsBuilt(root)).toBe(false);
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

  it('takes over a fresh page without a link, and the reader can type into it at once', async () => {
    window.history.replaceState(null, '', '/tools/dose-calculator/');
    const root = builtDoseRoot();
    const builtInput = root.querySelector('#case-weight');
    expect(root.dataset.live).toBeUndefined();
    expect(mountTool('dose', (props) => <DoseIsland refs={props.refs ?? {}} />, [pageBinding($dose, doseCodec)])).toBe(true);
    // In the task after the bundle's own, so that neither is long enough to hold up a tap.
    expect(root.dataset.live).toBeUndefined();
    await settle();
    expect(root.dataset.live).toBe('');
    expect(root.querySelector('#case-weight')).toBe(builtInput);
    await type(byId<HTMLInputElement>(root, 'case-weight'), '70');
    expect($case.get().weight).toBe('70');
  });

  it('attaches the view on the reader’s first use, in time for that first event', async () => {
    window.history.replaceState(null, '', '/tools/dose-calculator/');
    const root = builtDoseRoot();
    mountTool('dose', (props) => <DoseIsland refs={props.refs ?? {}} />, [pageBinding($dose, doseCodec)]);
    await settle();
    // Until then only the build-time HTML is there: no view runs, so none redraws on a store change.
    $dose.set({ ...emptyDose, regimen: 'ivig' });
    await settle();
    expect(byId<HTMLSelectElement>(root, 'dose-regimen').value).toBe(emptyDose.regimen);
    $dose.set({ ...emptyDose });
    const regimen = byId<HTMLSelectElement>(root, 'dose-regimen');
    regimen.value = 'dexamethasone-high-dose';
    regimen.dispatchEvent(new Event('change', { bubbles: true }));
    await settle();
    expect($dose.get().regimen).toBe('dexamethasone-high-dose');
    await type(byId<HTMLInputElement>(root, 'case-weight'), '70');
    expect($case.get().weight).toBe('70');
  });

  it('shows the page’s state, not a value the browser restored into a control before the script ran', async () => {
    window.history.replaceState(null, '', '/tools/dose-calculator/');
    const root = builtDoseRoot();
    byId<HTMLInputElement>(root, 'case-weight').value = '55';
    mountTool('dose', (props) => <DoseIsland refs={props.refs ?? {}} />, [pageBinding($dose, doseCodec)]);
    await settle();
    expect(byId<HTMLInputElement>(root, 'case-weight').value).toBe('');
  });

  it('hands the live root to whenLive, after the take-over (the walker focuses its first field there)', async () => {
    window.history.replaceState(null, '', '/tools/dose-calculator/');
    const root = builtDoseRoot();
    const live: { isRoot: boolean; live: string | undefined }[] = [];
    mountTool('dose', (props) => <DoseIsland refs={props.refs ?? {}} />, [pageBinding($dose, doseCodec)], (started) => {
      live.push({ isRoot: started === root, live: started.dataset.live });
    });
    expect(live).toEqual([]);
    await settle();
    expect(live).toEqual([{ isRoot: true, live: '' }]);
  });

  it('starts nothing without its root', () => {
    expect(mountTool('missing', () => null, [])).toBe(false);
  });
});
