/**
 * What the battery holds every answer to (DESIGN.md, "Engine contract"; issue #23): walked deeply, no number
 * is NaN or ±Infinity; no text shows a number the engine could not print ("NaN", "Infinity", the formatting
 * gate's refusal) or a value it stringified blindly ("undefined", "[object …]"), outside the quotation
 * marks in which a message quotes what was typed; a quotation is short; a message is of readable length;
 * a `Result` has its shape (a failure has at least one error, each naming its field).
 */

/** The longest a message, reason or note may be: the engine's longest wording, with room, never a quoted essay. */
export const MAX_MESSAGE = 1500;
/** The longest quotation of typed input in a message (“…”). */
export const MAX_QUOTE = 60;

const unprintable = /NaN|Infinity|undefined|\[object |Symbol\(/;
/** The formatting gate's refusal (format/number.ts): an answer only the formatters themselves may give. */
const refusal = /\(number not shown\)/;
const quotation = /“[^”]*”/g;

/** Every string inside the arguments, to tell an echo of the caller's own text from text the engine wrote. */
export function stringsIn(value: unknown, found: string[] = [], seen = new Set<unknown>()): string[] {
  if (typeof value === 'string') found.push(value);
  if (typeof value !== 'object' || value === null || seen.has(value)) return found;
  seen.add(value);
  for (const entry of Object.values(value)) stringsIn(entry, found, seen);
  return found;
}

function textProblems(text: string, key: string, path: string, inputs: readonly string[], refuses: boolean): string[] {
  const problems: string[] = [];
  const isMessage = key === 'message' || key === 'reason';
  if (isMessage && text.length > MAX_MESSAGE) problems.push(`${path}: ${String(text.length)} characters`);
  for (const quoted of text.match(quotation) ?? []) {
    if (quoted.length > MAX_QUOTE + 2) problems.push(`${path}: a quotation of ${String(quoted.length - 2)} characters`);
  }
  // The caller's own text handed back (a key, a label, an unknown drug's name) is theirs, not the engine's wording.
  if (key === 'field') return problems;
  const wording = inputs.reduce((rest, input) => rest.split(input).join(''), text.replace(quotation, '“”'));
  const match = unprintable.exec(wording) ?? (refuses ? null : refusal.exec(wording));
  if (match !== null) problems.push(`${path}: “${match[0]}” in ${JSON.stringify(wording.slice(Math.max(0, match.index - 60), match.index + 40))}`);
  return problems;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A `Result`'s shape: errors when it failed (each with a field and a message), warnings when it did not. */
function envelopeProblems(value: Record<string, unknown>, path: string): string[] {
  if (value.ok === false) {
    const errors = value.errors;
    if (!Array.isArray(errors) || errors.length === 0) return [`${path}: a failure without errors`];
    return errors.flatMap((error, at) => (isRecord(error) && typeof error.field === 'string' && error.field !== ''
      && typeof error.message === 'string' && error.message !== '' ? [] : [`${path}.errors[${String(at)}]: not a field error`]));
  }
  if (!('value' in value) || !Array.isArray(value.warnings)) return [`${path}: a success without its value or warnings`];
  return value.warnings.flatMap((note, at) => (isRecord(note) && typeof note.code === 'string' && typeof note.message === 'string'
    ? [] : [`${path}.warnings[${String(at)}]: not a note`]));
}

/**
 * Everything wrong with `value`, an answer to a call with `args`; empty when it keeps the promise. A
 * formatter (`refuses`) may answer with the gate's refusal; no other function may print one.
 */
export function problemsIn(value: unknown, args: readonly unknown[], refuses = false): string[] {
  // Only input that could be mistaken for the engine's own slip needs taking out of its answer.
  const inputs = stringsIn(args).filter((input) => unprintable.test(input));
  const problems: string[] = [];
  const seen = new Set<unknown>();
  const walk = (entry: unknown, key: string, path: string): void => {
    if (typeof entry === 'number' && !Number.isFinite(entry)) problems.push(`${path} = ${String(entry)}`);
    if (typeof entry === 'string') problems.push(...textProblems(entry, key, path, inputs, refuses));
    if (typeof entry !== 'object' || entry === null || seen.has(entry)) return;
    seen.add(entry);
    if (isRecord(entry) && typeof entry.ok === 'boolean') problems.push(...envelopeProblems(entry, path));
    for (const [name, inner] of Object.entries(entry)) walk(inner, name, `${path}.${name}`);
  };
  walk(value, '', 'result');
  return problems;
}
