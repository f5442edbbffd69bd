// What the budget check is told about the walker's parts: the sets one case loads at once.
import { describe, expect, it } from 'vitest';
import { walkerTool } from './tool';

describe('walkerTool.loadedTogether', () => {
  it('names the pregnancy part and the children’s rows, which a pregnant child’s case loads together, and no other set', () => {
    expect(walkerTool.loadedTogether?.()).toEqual([['pregnancy', 'child-in-pregnancy']]);
  });
});
