/**
 * The ranges a preset's numbers are checked against when the link is read, by the engine's own readers
 * (the unit converters and readTypedValue, src/engine/units.ts), so a value the tool would refuse beside
 * its field is refused above the widget instead, where no hidden panel can hide it (issue #20 item 5).
 * Each number parameter names its reader and, where it has one, the parameter that carries its unit; the
 * parameter names are the links' own (case/params.ts, response/params.ts, titration/params.ts).
 */
import { ranges, type Result } from '../../engine';
import { haemoglobinToGdL, heightToCm, plateletsToSI, readTypedValue, weightToKg } from '../../engine/units';

type Reader = (text: string, unit: string) => Result<number>;

/** A reader, and the parameter holding its unit with the engine's unit when the link has no such rule. */
export interface NumberReader {
  read: Reader;
  unit?: readonly [param: string, engineUnit: string];
}

const plain = (rule: Parameters<typeof readTypedValue>[2]): Reader => (text) => readTypedValue(text, 'value', rule);

/** A number parameter's reader and the parameter that holds its unit. */
export const numberReaders: Readonly<Record<string, NumberReader>> = {
  age: { read: plain(ranges.ageYears) },
  months: { read: plain(ranges.monthsSinceDiagnosis) },
  wt: { read: (text, unit) => weightToKg(text, unit), unit: ['wtu', 'kg'] },
  ht: { read: (text, unit) => heightToCm(text, unit), unit: ['htu', 'cm'] },
  plt: { read: (text, unit) => plateletsToSI(text, unit), unit: ['pltu', 'x10^9/L'] },
  hb: { read: (text, unit) => haemoglobinToGdL(text, unit), unit: ['hbu', 'g/dL'] },
  base: { read: (text, unit) => plateletsToSI(text, unit), unit: ['cu', 'x10^9/L'] },
};

/** The parts of one `counts` entry, in order: day, count and (romiplostim in a child) weight. */
export const countPartReaders: readonly NumberReader[] = [
  { read: plain(ranges.day) },
  { read: (text, unit) => plateletsToSI(text, unit), unit: ['cu', 'x10^9/L'] },
  { read: (text, unit) => weightToKg(text, unit), unit: ['wtu', 'kg'] },
];

/** The engine's reason a value cannot be used, without its closing full stop; none when it can. */
export function rangeProblem(reader: NumberReader, text: string, unitOf: (param: string) => string | undefined): string | undefined {
  const read = reader.read(text, reader.unit === undefined ? '' : unitOf(reader.unit[0]) ?? reader.unit[1]);
  // Mid-sentence in the notice: "could not be used: the weight must be …".
  const clause = (message: string) => message.replace(/\.$/, '').replace(/^[A-Z](?=[a-z ])/, (first) => first.toLowerCase());
  return read.ok ? undefined : read.errors.map((error) => clause(error.message)).join('; ');
}
