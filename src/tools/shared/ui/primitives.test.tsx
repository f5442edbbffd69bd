// @vitest-environment happy-dom
// The shared primitives: labels, errors announced beside their control, units, notes and keyboard use.
import { useState } from 'preact/hooks';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ChoiceField } from './ChoiceField';
import { Citations } from './Citations';
import { siteVersion } from '../../../lib/version';
import { versionLine } from '../note-text';
import { CopyButton } from './CopyButton';
import { NumberField } from './NumberField';
import { ProblemList } from './ProblemList';
import { SelectField } from './SelectField';
import { usePendingFocus } from './use-pending-focus';
import { byId, choose, cleanup, mount, press, settle, type } from '../test-support';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('NumberField', () => {
  it('labels the control, ties its error and notes to it, and reports text and units', async () => {
    const onValue = vi.fn();
    const onUnit = vi.fn();
    const root = mount(
      <NumberField
        id="w" label="Weight" value="" error="Too heavy." notes={['Read as 154 lb = 69.85 kg.']} onValue={onValue}
        unit={{ label: 'Weight unit', value: 'kg', options: ['kg', 'lb'] as const, labels: { kg: 'kg', lb: 'lb' }, onChange: onUnit }}
      />,
    );
    const input = byId<HTMLInputElement>(root, 'w');
    expect(root.querySelector('label[for="w"]')?.textContent).toBe('Weight');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.getAttribute('aria-describedby')).toBe('w-error w-notes');
    expect(byId(root, 'w-error').getAttribute('role')).toBe('alert');
    await type(input, '72,5');
    expect(onValue).toHaveBeenCalledWith('72,5');
    await choose(byId<HTMLSelectElement>(root, 'w-unit'), 'lb');
    expect(onUnit).toHaveBeenCalledWith('lb');
    expect(byId(root, 'w-unit').getAttribute('aria-label')).toBe('Weight unit');
  });

  it('has no error or description when there is none, and calls onEnter on Enter', async () => {
    const onEnter = vi.fn();
    const root = mount(<NumberField id="d" label="Day" labelDetail="of count 1" value="7" onValue={() => undefined} onEnter={onEnter} />);
    const input = byId<HTMLInputElement>(root, 'd');
    expect(input.getAttribute('aria-invalid')).toBe('false');
    expect(input.hasAttribute('aria-describedby')).toBe(false);
    expect(root.querySelector('[role="alert"]')).toBeNull();
    expect(root.querySelector('label')?.textContent).toBe('Day of count 1');
    await press(input, 'Enter');
    expect(onEnter).toHaveBeenCalledOnce();
  });
});

describe('SelectField and ChoiceField', () => {
  it('offers an empty first choice and reports the chosen value', async () => {
    const onChange = vi.fn();
    const root = mount(
      <SelectField id="r" label="Regimen" value="" placeholder="Choose…" options={[{ value: 'ivig', label: 'IVIG' }]} onChange={onChange} error="Choose one." />,
    );
    expect([...byId<HTMLSelectElement>(root, 'r').options].map((o) => o.text)).toEqual(['Choose…', 'IVIG']);
    await choose(byId<HTMLSelectElement>(root, 'r'), 'ivig');
    expect(onChange).toHaveBeenCalledWith('ivig');
    expect(byId(root, 'r').getAttribute('aria-describedby')).toBe('r-error');
  });

  it('groups radios under a legend with the fieldset carrying the id', async () => {
    const onChange = vi.fn();
    const root = mount(
      <ChoiceField id="p" legend="Pregnant" value="" hint="Ask." options={[{ value: 'yes', label: 'Yes' }, { value: '', label: 'Not known' }]} onChange={onChange} />,
    );
    expect(byId(root, 'p').tagName).toBe('FIELDSET');
    expect(root.querySelector('legend')?.textContent).toBe('Pregnant');
    expect(byId<HTMLInputElement>(root, 'p-1').checked).toBe(true);
    await choose(byId<HTMLInputElement>(root, 'p-0'));
    expect(onChange).toHaveBeenCalledWith('yes');
  });
});

describe('Citations and ProblemList', () => {
  it('links each citation to its bibliography entry with the short label and locator', () => {
    const root = mount(<Citations citations={['ash-2019 rec 9', 'unknown-key']} refs={{ 'ash-2019': 'ASH 2019' }} />);
    const links = [...root.querySelectorAll('a')].map((a) => [a.getAttribute('href'), a.textContent]);
    expect(links).toEqual([['/reference/references/#ash-2019', 'ASH 2019, rec 9'], ['/reference/references/#unknown-key', 'unknown-key']]);
  });

  it('links each problem to the control that fixes it', () => {
    const problems = [{ field: 'case.weight', message: 'Enter the weight.' }];
    const root = mount(<ProblemList lead="To compute:" problems={problems} controlId={(field) => field.replace('.', '-')} />);
    expect(root.querySelector('a')?.getAttribute('href')).toBe('#case-weight');
  });
});

describe('CopyButton', () => {
  it('copies with the clipboard API, the site’s version last', async () => {
    const writeText = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const root = mount(<CopyButton text="Plan" />);
    root.querySelector('button')?.click();
    await settle();
    expect(writeText).toHaveBeenCalledWith(`Plan\n${versionLine()}`);
    expect(versionLine()).toBe(`ITP Pathway, version of ${siteVersion.label}.`);
    expect(root.querySelector('[role="status"]')?.textContent).toBe('Copied to the clipboard.');
  });

  it('falls back to a selected text box where the clipboard is refused (sandboxed frames)', async () => {
    Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
    const root = mount(<CopyButton text="Plan text" />);
    root.querySelector('button')?.click();
    await settle();
    const box = root.querySelector('textarea');
    expect(box?.value).toBe(`Plan text\n${versionLine()}`);
    expect(document.activeElement).toBe(box);
    expect(root.querySelector('[role="status"]')?.textContent).toMatch(/Ctrl\+C/);
  });
});

describe('usePendingFocus', () => {
  /** Rows of one input each; the button adds a row (as a store would, rendered later) and moves to it. */
  function Rows({ later }: { later: boolean }) {
    const [rows, setRows] = useState(['12']);
    const moveFocus = usePendingFocus();
    const add = () => {
      const next = rows.length;
      if (later) setTimeout(() => setRows((now) => [...now, '']), 1);
      else setRows((now) => [...now, '']);
      moveFocus(() => document.querySelector<HTMLInputElement>(`#row-${next}`));
    };
    return (
      <div>
        {rows.map((value, index) => <input key={index} id={`row-${index}`} type="text" value={value} />)}
        <button type="button" onClick={add}>Add</button>
        <button type="button" id="first" onClick={() => moveFocus(() => document.querySelector<HTMLInputElement>('#row-0'))}>First</button>
      </div>
    );
  }

  it('moves to a field that is already there at once, its text selected for typing over', () => {
    const root = mount(<Rows later={false} />);
    byId<HTMLButtonElement>(root, 'first').click();
    const first = byId<HTMLInputElement>(root, 'row-0');
    expect(document.activeElement).toBe(first);
    expect([first.selectionStart, first.selectionEnd]).toEqual([0, 2]);
  });

  it('moves to a row that a later render brings', async () => {
    for (const later of [false, true]) {
      const root = mount(<Rows later={later} />);
      root.querySelector<HTMLButtonElement>('button')?.click();
      await settle();
      expect(document.activeElement).toBe(byId(root, 'row-1'));
      cleanup();
    }
  });
});
