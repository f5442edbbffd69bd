/**
 * The six avatrombopag dose levels for adults (DOPTELET US label §2; drugs.md §3.1, ✔2). Level 4,
 * 20 mg once daily, is the standard start; the maximum is 40 mg once daily. The day patterns for
 * levels 2 and 3 are examples from the EU text.
 */
import { formatAmount } from '../format/amount';

export interface AvatrombopagLevel {
  /** The label's level, 1 to 6. */
  level: number;
  /** Each tablet dose and how many times a week it is taken. */
  doses: readonly { mg: number; timesPerWeek: number }[];
  /** The label's alternative with the same weekly total (level 2: 40 mg once a week). */
  alternative?: { mg: number; timesPerWeek: number };
  schedule: string;
}

const mg = (amount: number) => formatAmount(amount, 'mg');

export const avatrombopagLevels: readonly AvatrombopagLevel[] = [
  { level: 1, doses: [{ mg: 20, timesPerWeek: 1 }], schedule: `${mg(20)} once a week, on the same weekday, with food` },
  {
    level: 2, doses: [{ mg: 20, timesPerWeek: 2 }], alternative: { mg: 40, timesPerWeek: 1 },
    schedule: `${mg(20)} twice a week on non-consecutive days (e.g. Monday and Friday), or ${mg(40)} once a week, with food`,
  },
  {
    level: 3, doses: [{ mg: 20, timesPerWeek: 3 }],
    schedule: `${mg(20)} three times a week on non-consecutive days (e.g. Monday, Wednesday and Friday), with food`,
  },
  { level: 4, doses: [{ mg: 20, timesPerWeek: 7 }], schedule: `${mg(20)} once daily, with food` },
  {
    level: 5, doses: [{ mg: 40, timesPerWeek: 3 }, { mg: 20, timesPerWeek: 4 }],
    schedule: `${mg(40)} on three days a week and ${mg(20)} on the other four days, with food`,
  },
  { level: 6, doses: [{ mg: 40, timesPerWeek: 7 }], schedule: `${mg(40)} once daily, with food` },
];

/** Total mg a week at a level. */
export function mgPerWeek(level: AvatrombopagLevel): number {
  return level.doses.reduce((sum, dose) => sum + dose.mg * dose.timesPerWeek, 0);
}
