/**
 * Just enough Markdown for the repository's generated review documents (docs/dose-table.md, docs/hazard-log.md):
 * headings, paragraphs, bullet lists and pipe tables, with `code` and **bold** inline. What the files hold is
 * written by the engine's tests and by us, so anything else in them is shown as plain text, never as HTML.
 */
export type Block =
  | { kind: 'heading'; level: number; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'list'; items: string[] }
  | { kind: 'table'; header: string[]; rows: string[][] };

const cells = (line: string): string[] => line.trim().replace(/^\||\|$/g, '').split('|').map((cell) => cell.trim());
/** A table's second line: `| --- | :---: |`. */
const isDivider = (line: string): boolean => /^\|(\s*:?-{3,}:?\s*\|)+$/.test(line.trim());

/** The file as blocks, in order. */
export function markdownBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  const lines = text.split('\n');
  let index = 0;
  while (index < lines.length) {
    const line = lines[index] ?? '';
    const heading = /^(#{1,6}) (.*)$/.exec(line);
    if (line.trim() === '') {
      index += 1;
    } else if (heading) {
      blocks.push({ kind: 'heading', level: heading[1]?.length ?? 1, text: heading[2] ?? '' });
      index += 1;
    } else if (line.startsWith('|') && isDivider(lines[index + 1] ?? '')) {
      const rows: string[][] = [];
      index += 2;
      while ((lines[index] ?? '').startsWith('|')) rows.push(cells(lines[index++] ?? ''));
      blocks.push({ kind: 'table', header: cells(line), rows });
    } else if (line.startsWith('- ')) {
      const items: string[] = [];
      while ((lines[index] ?? '').startsWith('- ')) items.push((lines[index++] ?? '').slice(2));
      blocks.push({ kind: 'list', items });
    } else {
      // The first line is the paragraph's whatever it starts with (it is no other block); more lines join it
      // until a blank line or the start of another block.
      const paragraph = [line];
      index += 1;
      while (index < lines.length && (lines[index] ?? '').trim() !== '' && !/^(#{1,6} |\||- )/.test(lines[index] ?? '')) paragraph.push(lines[index++] ?? '');
      blocks.push({ kind: 'paragraph', text: paragraph.join(' ') });
    }
  }
  return blocks;
}

const escape = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Inline Markdown as HTML: the text escaped first, then `code` and **bold**. */
export function inlineHtml(text: string): string {
  return escape(text)
    .replace(/`([^`]+)`/g, '<code>$1</code>')
    .replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>');
}
