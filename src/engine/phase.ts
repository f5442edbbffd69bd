/**
 * Phase of ITP from the time since diagnosis (IWG 2009, guidelines.md §3.1): newly diagnosed in the first
 * 3 months, persistent from 3 to 12 months, chronic beyond 12 months. The rows are walked in order and the
 * first whose upper bound holds wins, so 3 and 12 months are both persistent (the contract's reading).
 */
import { formatMonths } from './format/amount';
import { messages } from './messages';
import { fail, ok, type Result } from './result';
import { isFieldError, isRecord, ranges, readNumber } from './validate';

export type ItpPhase = 'newly-diagnosed' | 'persistent' | 'chronic';

interface PhaseRow {
  phase: ItpPhase;
  /** Upper bound on months since diagnosis, inclusive or not. */
  upTo: { months: number; inclusive: boolean };
  definition: string;
}

const boundedPhases: readonly PhaseRow[] = [
  { phase: 'newly-diagnosed', upTo: { months: 3, inclusive: false }, definition: 'newly diagnosed ITP: the first 3 months after diagnosis' },
  { phase: 'persistent', upTo: { months: 12, inclusive: true }, definition: 'persistent ITP: 3 to 12 months from diagnosis' },
];
const chronic = { phase: 'chronic', definition: 'chronic ITP: lasting more than 12 months' } as const;

function within(row: PhaseRow, months: number): boolean {
  return row.upTo.inclusive ? months <= row.upTo.months : months < row.upTo.months;
}

/**
 * @example itpPhase({ monthsSinceDiagnosis: 12 }) // ok, 'persistent'
 */
export function itpPhase(input: unknown): Result<ItpPhase> {
  if (!isRecord(input)) return fail([{ field: 'input', message: messages.notAnObject('time since diagnosis') }]);
  const months = readNumber(input.monthsSinceDiagnosis, 'monthsSinceDiagnosis', ranges.monthsSinceDiagnosis);
  if (isFieldError(months)) return fail([months]);
  const row = boundedPhases.find((candidate) => within(candidate, months)) ?? chronic;
  return ok(row.phase, [{
    code: 'itp-phase',
    message: `${formatMonths(months)} since diagnosis: ${row.definition} (IWG 2009).`,
    citation: 'iwg-2009',
  }]);
}
