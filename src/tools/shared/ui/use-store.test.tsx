// @vitest-environment happy-dom
// useStore: the view follows its store before any timer runs, so typing can never outrun it. Under
// @nanostores/preact's hook a row editor re-rendering on its own state showed (and wrote back) the rows as
// they were before the last keystrokes; these tests fail with that hook.
import { atom } from 'nanostores';
import { render } from 'preact';
import { useState } from 'preact/hooks';
import { afterEach, describe, expect, it } from 'vitest';
import { useStore } from './use-store';

const containers: HTMLElement[] = [];

/** Renders outside act(), as the browser does: only what Preact queues for itself runs. */
function show(vnode: preact.VNode): HTMLElement {
  const container = document.createElement('div');
  document.body.append(container);
  containers.push(container);
  render(vnode, container);
  return container;
}

/** Lets queued microtasks (Preact's render queue) run, and no timer. */
async function microtasks(): Promise<void> {
  for (let turn = 0; turn < 5; turn += 1) await Promise.resolve();
}

afterEach(() => {
  for (const container of containers.splice(0)) render(null, container);
});

describe('useStore', () => {
  it('shows a change before any timer has run', async () => {
    const $text = atom('first');
    const View = () => <p>{useStore($text)}</p>;
    const container = show(<View />);
    $text.set('second');
    await microtasks();
    expect(container.textContent).toBe('second');
  });

  it('never gives a child that re-renders on its own state an older value than the store holds', async () => {
    const $rows = atom<string[]>([]);
    let focusNext: () => void = () => undefined;
    function Rows({ rows }: { rows: string[] }) {
      const [focused, setFocused] = useState(false);
      focusNext = () => setFocused(true);
      return <ol data-focused={focused}>{rows.map((row) => <li key={row}>{row}</li>)}</ol>;
    }
    const Editor = () => <Rows rows={useStore($rows)} />;
    const container = show(<Editor />);
    // A keystroke changes the store, and Enter in the same turn changes the row editor's own state.
    $rows.set(['7: 120']);
    focusNext();
    await microtasks();
    expect(container.querySelector('ol')?.dataset.focused).toBe('true');
    expect([...container.querySelectorAll('li')].map((li) => li.textContent)).toEqual(['7: 120']);
  });

  it('catches a change made between its render and its subscription', async () => {
    const $count = atom(1);
    function View() {
      const count = useStore($count);
      // Another tool's start-up may change a shared store while this one is being rendered.
      if (count === 1) $count.set(2);
      return <p>{count}</p>;
    }
    const container = show(<View />);
    await microtasks();
    expect(container.textContent).toBe('2');
  });

  it('stops listening when the view goes away', () => {
    const $count = atom(1);
    const View = () => <p>{useStore($count)}</p>;
    const container = show(<View />);
    expect($count.lc).toBe(1);
    render(null, container);
    expect($count.lc).toBe(0);
  });
});
