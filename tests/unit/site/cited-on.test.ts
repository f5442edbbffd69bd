// The references page's "Cited on" lists, completed from the built pages.
import { describe, expect, it } from 'vitest';
import { citingPages, fillCitedOn } from '../../../src/integrations/cited-on.mjs';

const link = (key: string) => `<a class="cite-link" href="#ref-${key}" title="x">`;

describe('cited-on', () => {
  const map = citingPages([
    { href: '/', title: 'Home', html: `${link('ash-2019')} ${link('ash-2019')} ${link('icr-2019')}` },
    { href: '/guidance/tpo-ras/', title: 'TPO & more', html: `${link('nplate-uspi')} ${link('ash-2019')}` },
  ]);

  it('lists each citing page once per source, in page order', () => {
    expect(map.get('ash-2019')).toEqual([
      { href: '/', title: 'Home' },
      { href: '/guidance/tpo-ras/', title: 'TPO & more' },
    ]);
    expect(map.get('nplate-uspi')).toEqual([{ href: '/guidance/tpo-ras/', title: 'TPO & more' }]);
  });

  it('rewrites each placeholder, escaping titles, and says when only the engine cites a source', () => {
    const html = '<span class="cited-on" data-ref="nplate-uspi">old</span><span class="cited-on" data-ref="dubois-1916">old</span>';
    expect(fillCitedOn(html, map)).toBe(
      '<span class="cited-on" data-ref="nplate-uspi">Cited on: <a href="/guidance/tpo-ras/">TPO &amp; more</a>.</span>' +
        '<span class="cited-on" data-ref="dubois-1916">Cited by the engine’s rules and tools.</span>',
    );
  });
});
