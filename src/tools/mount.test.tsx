// @vitest-environment happy-dom
// Starting a tool rendered at build time, from its definition: the link is read before the first render,
// which then takes over the build-time HTML; a root whose props are not props starts nothing; an embedded
// root reads the link its page checked and sends its results to the host page.
import { renderToString } from 'preact-render-to-string';
import { afterEach, describe, expect, it } from 'vitest';
import { allRegimens, formatItemDose, planRegimen } from '../engine';
import { $case, emptyCase } from './case/case';
import { DoseView } from './dose/DoseView';
import { doseHints } from './dose/hints';
import { $dose, $regimenRules, emptyDose } from './dose/state';
import { doseTool } from './dose/tool';
import { TOOL_LIVE, type LiveTool } from './shared/live-tool';
import { mountTool, readFixed } from './shared/mount';
import { loadedNothing } from './shared/on-choice';
import { readToolProps } from './shared/props';
import { controlsAsBuilt } from './shared/take-over';
import { byId, cleanup, settle, type } from './shared/test-support';

afterEach(() => {
  cleanup();
  $case.set({ ...emptyCase });
  $dose.set({ ...emptyDose });
  $regimenRules.set(loadedNothing());
});

describe('readToolProps', () => {
  it.each([
    ['{"refs":{"ash-2019":"ASH 2019"},"data":{"labels":{"a":"A"}}}', { refs: { 'ash-2019': 'ASH 2019' }, data: { labels: { a: 'A' } } }],
    ['{}', { refs: {}, data: {} }],
    [undefined, { refs: {}, data: {} }],
    ['{"refs":{"a":1}}', undefined],
    ['{"data":[1]}', undefined],
    ['[1]', undefined],
    ['null', undefined],
    ['{', undefined],
  ])('%s → %j', (text, props) => {
    expect(readToolProps(text)).toEqual(props);
  });
});

describe('readFixed', () => {
  it.each([
    ['{"agent":"romiplostim"}', { agent: 'romiplostim' }],
    ['{"agent":1,"x":"y"}', {}],
    [undefined, {}],
    ['null', {}],
    ['{', {}],
  ])('%s → %j', (text, fixed) => {
    expect(readFixed(text)).toEqual(fixed);
  });
});

function builtDoseRoot(): HTMLElement {
  const root = document.createElement('div');
  root.dataset.tool = 'dose';
  root.dataset.toolProps = JSON.stringify({ refs: {}, data: {} });
  root.dataset.prerendered = '';
  root.innerHTML = renderToString(<DoseView refs={{}} hints={doseHints()} />);
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
    // As on a page whose regimen's script has run (in the browser each regimen loads on choice).
    $regimenRules.set(loadedNothing(allRegimens));
    const root = document.createElement('div');
    root.dataset.tool = 'dose';
    root.dataset.toolProps = JSON.stringify({ refs: {}, data: {} });
    root.innerHTML = renderToString(<DoseView refs={{}} hints={doseHints()} />);
    const builtInput = root.querySelector('#case-weight');
    document.body.append(root);
    mountTool(doseTool.instance, root);
    await settle();
    expect(root.querySelector('#case-weight')).toBe(builtInput);
    expect(root.querySelector<HTMLInputElement>('#case-weight')?.value).toBe('70');
    const engine = planRegimen('rituximab-standard', { weightKg: 70, heightCm: 170 });
    expect(root.querySelector('.dose')?.textContent).toBe(engine.ok && engine.value.items[0] !== undefined ? formatItemDose(engine.value.items[0]) : 'no plan');
  });

  it('takes over a fresh page without a link, and the reader can type into it at once', async () => {
    window.history.replaceState(null, '', '/tools/dose-calculator/');
    const root = builtDoseRoot();
    const builtInput = root.querySelector('#case-weight');
    expect(root.dataset.live).toBeUndefined();
    expect(mountTool(doseTool.instance, root)).toBe(true);
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
    mountTool(doseTool.instance, root);
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
    mountTool(doseTool.instance, root);
    await settle();
    expect(byId<HTMLInputElement>(root, 'case-weight').value).toBe('');
  });

  it('takes the focus when the reader started it with its button (the walker on the algorithm page)', async () => {
    window.history.replaceState(null, '', '/tools/dose-calculator/');
    const root = builtDoseRoot();
    root.dataset.started = 'click';
    mountTool(doseTool.instance, root);
    expect(document.activeElement).not.toBe(byId(root, 'case-age'));
    await settle();
    expect(document.activeElement).toBe(byId(root, 'case-age'));
  });

  it('starts nothing without its root, or when its props are not props', () => {
    expect(mountTool(doseTool.instance, null)).toBe(false);
    const root = builtDoseRoot();
    root.dataset.toolProps = '[1]';
    expect(mountTool(doseTool.instance, root)).toBe(false);
  });
});

describe('mountTool, embedded', () => {
  function embedPage(search: string, checked: string): HTMLElement {
    window.history.replaceState(null, '', `/embed/dose/${search}`);
    document.documentElement.dataset.query = checked;
    const root = builtDoseRoot();
    root.dataset.embedded = '';
    return root;
  }

  /** What the tool announces to its embed page once it answers input. */
  async function announced(root: HTMLElement): Promise<LiveTool | undefined> {
    let live: LiveTool | undefined;
    document.addEventListener(TOOL_LIVE, (event) => {
      if (event instanceof CustomEvent) live = event.detail as LiveTool;
    }, { once: true });
    mountTool(doseTool.instance, root);
    await settle();
    await settle();
    return live;
  }

  afterEach(() => {
    delete document.documentElement.dataset.query;
  });

  it('reads only what its page’s check kept of the link, and gives the page its state for the link out', async () => {
    const live = await announced(embedPage('?wt=70&regimen=nonsense', 'wt=70'));
    expect($case.get().weight).toBe('70');
    expect($dose.get().regimen).toBe('');
    const params = new URLSearchParams();
    live?.encode(params);
    expect(params.toString()).toBe('wt=70');
  });

  it('gives the page its result as it changes, and tells it of each change', async () => {
    $regimenRules.set(loadedNothing(allRegimens));
    const live = await announced(embedPage('?wt=70&ht=170&regimen=rituximab-standard&colour=red', 'wt=70&ht=170&regimen=rituximab-standard'));
    const first = live?.result?.get();
    expect(first).toMatchObject({ state: 'done', value: { regimen: 'rituximab-standard' } });
    let changes = 0;
    live?.listen(() => {
      changes += 1;
    });
    $dose.set({ ...$dose.get(), bsaFormula: 'dubois' });
    expect(changes).toBe(1);
    expect(live?.result?.get()).toMatchObject({ state: 'done', value: { regimen: 'rituximab-standard' } });
    expect(live?.result?.get()).not.toEqual(first);
  });
});
