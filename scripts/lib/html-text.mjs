// The text a reader sees on a built page: tags, scripts, styles, SVG internals and HTML comments removed,
// and code (<code>, <pre>) left out, because code samples may legitimately show what prose must not.
const NAMED = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

export function decodeEntities(text) {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
    }
    return NAMED[name.toLowerCase()] ?? whole;
  });
}

/** Visible text of an HTML document or fragment, one block per line. */
export function visibleText(html) {
  const withoutHidden = html
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<(script|style|template|noscript|code|pre)\b[^>]*>[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<head\b[^>]*>[\s\S]*?<\/head>/gi, ' ');
  const blocks = withoutHidden.replace(/<\/?(p|div|li|tr|td|th|h[1-6]|br|section|caption|ul|ol|table|figure|figcaption|summary|details)\b[^>]*>/gi, '\n');
  return decodeEntities(blocks.replace(/<[^>]+>/g, ' '))
    .split('\n')
    .map((line) => line.replace(/[ \t\r\f\v]+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}
