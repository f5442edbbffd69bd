// What the ISMP lint reads: the text a reader sees, without markup, scripts, styles, comments or code.
import { describe, expect, it } from 'vitest';
import { decodeEntities, visibleText } from '../../../scripts/lib/html-text.mjs';

describe('visibleText', () => {
  it.each([
    ['tags', '<p>Give <strong>1 mg</strong></p>', 'Give 1 mg'],
    ['scripts', '<p>a</p><script>var x = "1.0 mg"</script>', 'a'],
    ['styles', '<style>.x{width:1.0em}</style><p>b</p>', 'b'],
    ['comments', '<!-- 1.0 mg --><p>c</p>', 'c'],
    ['code', '<p>d <code>1.0 mg</code></p>', 'd'],
    ['pre', '<pre>5 µg</pre><p>e</p>', 'e'],
    ['the head', '<head><title>1.0 mg</title></head><body>f</body>', 'f'],
    ['entities', '<p>50&nbsp;mcg &amp; 1&#44;000 &#x3bc;</p>', '50 mcg & 1,000 μ'],
  ])('removes or decodes %s', (_what, html, text) => {
    expect(visibleText(html)).toBe(text);
  });

  it('keeps blocks on separate lines so words from two cells never join', () => {
    expect(visibleText('<table><tr><td>1</td><td>U</td></tr></table>')).toBe('1\nU');
  });

  it('leaves unknown entities as they are', () => {
    expect(decodeEntities('&madeup; &lt;')).toBe('&madeup; <');
  });
});
