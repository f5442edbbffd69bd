// Each page and each embed fixed to an agent is built from its own state: building one never changes the
// state another is built from (the build renders every page in one process).
import { renderToString } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import { titrationInstance } from './instance';

const props = { refs: {}, data: {} };
const checkedAgent = (html: string) => /<input[^>]*name="titration-agent"[^>]*value="([a-z]+)"[^>]*checked/.exec(html)?.[1]
  ?? /<input[^>]*checked[^>]*name="titration-agent"[^>]*value="([a-z]+)"/.exec(html)?.[1];

describe('titrationInstance', () => {
  it('builds each embed from its own state, and leaves the page’s default untouched', () => {
    const page = titrationInstance({});
    const eltrombopag = renderToString(titrationInstance({ agent: 'eltrombopag' }).view(props));
    const avatrombopag = renderToString(titrationInstance({ agent: 'avatrombopag' }).view(props));
    expect([checkedAgent(eltrombopag), checkedAgent(avatrombopag)]).toEqual(['eltrombopag', 'avatrombopag']);
    expect(checkedAgent(renderToString(page.view(props)))).toBe('romiplostim');
    expect(checkedAgent(renderToString(titrationInstance({}).view(props)))).toBe('romiplostim');
  });

  it('ignores a fixed value that is not an agent', () => {
    expect(checkedAgent(renderToString(titrationInstance({ agent: 'aspirin' }).view(props)))).toBe('romiplostim');
  });
});
