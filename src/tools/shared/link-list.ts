/**
 * Lists of rows in a link (counts as day:count or day:count:weight): `;` between rows, `:` between a row's
 * parts. Each part is written exactly as typed, with `%`, `;`, `:` and `,` escaped, so a decimal comma
 * ("40,5") or any other typed text can never split a row or a list (issue #23: "40,5" once reopened as 40
 * plus a row on day 5). Typed text is kept, not rewritten to a canonical number: "8,000" per µL is read by
 * the engine's own rules for thousands separators, which a link must not pre-empt.
 *
 * Links written before the change used `,` between rows. A list with a literal comma and no `;` is such an
 * old link (a new one never holds a literal comma) and is read the old way, each part still checked.
 */

const escapes: Readonly<Record<string, string>> = { '%': '%25', ';': '%3B', ':': '%3A', ',': '%2C' };

/** A part with the separators (and the escape character) escaped. */
export function escapePart(text: string): string {
  return text.replace(/[%;:,]/g, (character) => escapes[character] ?? character);
}

/** A part as typed, or undefined when its escapes are malformed ("%zz", a lone "%"). */
export function unescapePart(text: string): string | undefined {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}

/** Rows as a list value: `0:20;7:40%2C5`. */
export function encodeRows(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => row.map(escapePart).join(':')).join(';');
}

export interface ListRow {
  /** The row as it stands in the link, to quote in a notice. */
  text: string;
  /** Its parts as typed; undefined when one of them cannot be read back. */
  parts: string[] | undefined;
}

/** The rows of a list value (empty rows left out), new form or old. */
export function splitRows(raw: string): ListRow[] {
  const old = !raw.includes(';') && raw.includes(',');
  return raw.split(old ? ',' : ';').filter((text) => text.trim() !== '').map((text) => {
    const parts = text.split(':').map((part) => (old ? part : unescapePart(part)));
    const readable = parts.filter((part): part is string => part !== undefined);
    return { text, parts: readable.length === parts.length ? readable : undefined };
  });
}
