// The fragment that holds a tool's state: state and an in-page anchor coexist, and neither is mistaken for the other.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { carriesState, fragmentText, readFragment, stateHref } from './fragment';

describe('the state fragment', () => {
  it('reads a table-of-contents anchor as a scroll target, with no state', () => {
    const { state, anchor } = readFragment('#result');
    expect(state.size).toBe(0);
    expect(anchor).toBe('result');
  });

  it('reads state and its scroll target side by side', () => {
    const { state, anchor } = readFragment('#wt=71.3&age=47&at=result');
    expect(state.toString()).toBe('wt=71.3&age=47');
    expect(anchor).toBe('result');
  });

  it('writes the scroll target after the state, and a plain anchor when there is no state', () => {
    expect(fragmentText(new URLSearchParams('wt=71.3'), 'result')).toBe('#wt=71.3&at=result');
    expect(fragmentText(new URLSearchParams(), 'result')).toBe('#result');
    expect(fragmentText(new URLSearchParams())).toBe('');
  });

  it('keeps counts readable: colons, semicolons and commas are written as they are', () => {
    expect(stateHref('/tools/response/', 'counts=7:40;14:65&cu=/uL')).toBe('/tools/response/#counts=7:40;14:65&cu=%2FuL');
  });

  it('reads back any state and anchor it wrote', () => {
    const entry = fc.tuple(fc.constantFrom('wt', 'age', 'plt', 'counts', 'prior'), fc.string({ unit: 'grapheme', maxLength: 20 }));
    fc.assert(fc.property(fc.uniqueArray(entry, { selector: ([name]) => name, minLength: 1 }), fc.option(fc.constantFrom('result', 'walker', 'dose-1')), (entries, anchor) => {
      const state = new URLSearchParams(entries);
      const read = readFragment(fragmentText(state, anchor ?? undefined));
      expect([...read.state]).toEqual(entries);
      expect(read.anchor).toBe(anchor ?? undefined);
    }));
  });

  it.each([
    ['', '', false],
    ['', '#result', false],
    ['', '#wt=70', true],
    ['?wt=70', '', true], // an old link
  ])('search “%s” and hash “%s” carry a case: %s', (search, hash, carries) => {
    expect(carriesState(search, hash)).toBe(carries);
  });
});
