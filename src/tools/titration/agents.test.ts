// @vitest-environment happy-dom
// Loading an agent's label table when it is chosen: its script is added once, its rules are taken from the
// hand-over global when the script has run (or at once if it already has), and a script that fails, or
// runs without handing anything over, says so.
import { atom } from 'nanostores';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Agent } from '../../engine';
import { eltrombopagSource } from '../../engine/titration/eltrombopag';
import { romiplostimSource } from '../../engine/titration/romiplostim';
import { handOver } from './agent-queue';
import { carrying, loadAgentsOnChoice, readChoiceScripts } from './agents';

const scripts = { romiplostim: '/_astro/romiplostim.js', eltrombopag: '/_astro/eltrombopag.js' };
/** The scripts the loader added to the page (held here: the test browser does not load script files). */
let appended: HTMLScriptElement[] = [];
const added = () => appended.map((script) => script.getAttribute('src'));

beforeEach(() => {
  appended = [];
  vi.spyOn(document.head, 'append').mockImplementation((...nodes) => {
    for (const node of nodes) if (node instanceof HTMLScriptElement) appended.push(node);
  });
});

afterEach(() => {
  vi.restoreAllMocks();
  globalThis.itpPathwayAgents = undefined;
});

describe('readChoiceScripts', () => {
  it.each([
    ['{"romiplostim":"/a.js","aspirin":"/b.js"}', { romiplostim: '/a.js' }],
    ['{"romiplostim":"/a.js","eltrombopag":3}', {}],
    ['[1]', {}],
    ['null', {}],
    ['{', {}],
    [undefined, {}],
  ])('%s → %j', (text, expected) => {
    expect(readChoiceScripts(text)).toEqual(expected);
  });
});

describe('loadAgentsOnChoice', () => {
  it('adds the chosen agent’s script once, and nothing for an agent the page does not offer', () => {
    const rules = carrying({});
    const agent = atom<Agent>('romiplostim');
    loadAgentsOnChoice(rules, agent, scripts);
    expect(added()).toEqual([scripts.romiplostim]);
    expect(rules.get().loading).toEqual(['romiplostim']);
    agent.set('fostamatinib');
    agent.set('romiplostim');
    expect(added()).toEqual([scripts.romiplostim]);
  });

  it('takes the rules its script hands over when the script has run', () => {
    const rules = carrying({});
    loadAgentsOnChoice(rules, atom<Agent>('romiplostim'), scripts);
    handOver({ romiplostim: romiplostimSource });
    appended[0]?.dispatchEvent(new Event('load'));
    expect(rules.get()).toEqual({ sources: { romiplostim: romiplostimSource }, loading: [], failed: [] });
  });

  it('fetches nothing for an agent whose script has already run on the page', () => {
    handOver({ eltrombopag: eltrombopagSource });
    const rules = carrying({});
    loadAgentsOnChoice(rules, atom<Agent>('eltrombopag'), scripts);
    expect(added()).toEqual([]);
    expect(rules.get().sources).toEqual({ eltrombopag: eltrombopagSource });
  });

  it('counts a script that ran without handing its rules over as failed', () => {
    const rules = carrying({});
    loadAgentsOnChoice(rules, atom<Agent>('romiplostim'), scripts);
    globalThis.itpPathwayAgents = { romiplostim: undefined };
    appended[0]?.dispatchEvent(new Event('load'));
    expect(rules.get()).toMatchObject({ sources: {}, loading: [], failed: ['romiplostim'] });
  });

  it('marks an agent whose script fails, and tries again when it is chosen again', () => {
    const rules = carrying({});
    const agent = atom<Agent>('romiplostim');
    loadAgentsOnChoice(rules, agent, scripts);
    appended[0]?.dispatchEvent(new Event('error'));
    expect(rules.get()).toMatchObject({ loading: [], failed: ['romiplostim'] });
    agent.set('eltrombopag');
    agent.set('romiplostim');
    expect(rules.get()).toMatchObject({ loading: ['eltrombopag', 'romiplostim'], failed: [] });
  });
});
