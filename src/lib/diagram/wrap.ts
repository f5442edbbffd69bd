/**
 * Wraps long node labels with <br> so the build-time layout stays narrow enough for a phone: beautiful-mermaid
 * sizes each node to its label on one line, and a wide graph is then scaled down until its text is unreadable.
 * Labels that already contain a <br> are left as their author wrote them.
 */
const NODE_LABEL = /(\b[\w-]+)(\(\[|\[\[|\[|\{\{|\{|\(\(|\()"([^"]*)"/g;

export function wrapText(text: string, width: number): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines.join('<br>');
}

export function wrapLabels(source: string, width = 26): string {
  return source.replace(NODE_LABEL, (match, id: string, open: string, label: string) =>
    label.includes('<br') ? match : `${id}${open}"${wrapText(label, open === '{' ? Math.round(width * 0.75) : width)}"`,
  );
}
