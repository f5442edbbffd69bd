// The little Markdown reader for the committed review documents: the blocks they use, and nothing in them
// ever reaching the page as HTML.
import { describe, expect, it } from 'vitest';
import { inlineHtml, markdownBlocks } from '../../../src/components/verification/markdown-blocks';

describe('markdownBlocks', () => {
  it('reads headings, paragraphs over several lines, lists and pipe tables', () => {
    const text = '# Title\n\nOne line\nand the next.\n\n## Section\n\n- **Cause**: a\n- **Test**: b\n\n| A | B |\n| --- | --- |\n| 1 | 2 |\n| 3 | 4 |\n';
    expect(markdownBlocks(text)).toEqual([
      { kind: 'heading', level: 1, text: 'Title' },
      { kind: 'paragraph', text: 'One line and the next.' },
      { kind: 'heading', level: 2, text: 'Section' },
      { kind: 'list', items: ['**Cause**: a', '**Test**: b'] },
      { kind: 'table', header: ['A', 'B'], rows: [['1', '2'], ['3', '4']] },
    ]);
  });

  it('reads a line that starts like a block but is none as text', () => {
    expect(markdownBlocks('| not a table\n#not a heading\n\n#also not')).toEqual([
      { kind: 'paragraph', text: '| not a table #not a heading' },
      { kind: 'paragraph', text: '#also not' },
    ]);
  });
});

describe('inlineHtml', () => {
  it('shows code and bold, and escapes everything else', () => {
    expect(inlineHtml('**Test**: `a.test.ts` › "name" <script>&')).toBe('<strong>Test</strong>: <code>a.test.ts</code> › &quot;name&quot; &lt;script&gt;&amp;');
  });
});
