/**
 * Splits Mermaid text into what beautiful-mermaid should draw and what we render ourselves.
 * beautiful-mermaid draws `accTitle`/`accDescr` lines as nodes and inlines classDef colours (unreadable in
 * the dark theme), so those lines are taken out here: the title and description become the SVG's
 * <title>/<desc>, and class assignments become CSS classes on the nodes, themed by diagram.css.
 * The original text, with those lines, stays the valid Mermaid that educators copy.
 */
export interface DiagramSource {
  /** Text for beautiful-mermaid: no accessibility lines, no classDef/class lines. */
  drawable: string;
  title: string | undefined;
  description: string | undefined;
  /** Node id → class names from `class a,b name` lines and `:::name` shorthand. */
  classes: Map<string, string[]>;
}

const ACC_TITLE = /^\s*accTitle\s*:\s*(.+)$/;
const ACC_DESCR = /^\s*accDescr\s*:\s*(.+)$/;
const CLASS_DEF = /^\s*classDef\s/;
const CLASS_LINE = /^\s*class\s+([\w,-]+)\s+([\w-]+)\s*;?\s*$/;
const SHORTHAND = /(\b[\w-]+)([^\s]*?):::([\w-]+)/g;

function addClass(classes: Map<string, string[]>, id: string, name: string): void {
  classes.set(id, [...(classes.get(id) ?? []), name]);
}

export function splitSource(text: string): DiagramSource {
  let title: string | undefined;
  let description: string | undefined;
  const classes = new Map<string, string[]>();
  const kept: string[] = [];
  for (const line of text.split('\n')) {
    const accTitle = ACC_TITLE.exec(line);
    const accDescr = ACC_DESCR.exec(line);
    const classLine = CLASS_LINE.exec(line);
    if (accTitle?.[1]) title = accTitle[1].trim();
    else if (accDescr?.[1]) description = accDescr[1].trim();
    else if (classLine?.[1] && classLine[2]) {
      const name = classLine[2];
      for (const id of classLine[1].split(',')) addClass(classes, id.trim(), name);
    } else if (!CLASS_DEF.test(line)) {
      kept.push(
        line.replace(SHORTHAND, (_m, id: string, rest: string, name: string) => {
          addClass(classes, id, name);
          return `${id}${rest}`;
        }),
      );
    }
  }
  return { drawable: kept.join('\n'), title, description, classes };
}
