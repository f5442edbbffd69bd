/**
 * When a count was taken, typed the way the reader chose: days from the first dose, weeks ("2", or "2+3"
 * for day 17), or a date (the first row's date is the first dose). The store keeps the day whichever is
 * used, so a switch between them loses nothing.
 */
import { DateField } from '../shared/ui/DateField';
import { NumberField } from '../shared/ui/NumberField';
import { weeksToDay, weekText } from '../shared/days';
import { hasStart, rowDate, type TitrationFields, type TitrationRow } from './fields';
import type { TitrationState } from './state';

export interface WhenFieldProps {
  id: string;
  index: number;
  row: TitrationRow;
  fields: TitrationFields;
  error: string | undefined;
  onEnter: () => void;
  state: TitrationState;
}

export function WhenField({ id, index, row, fields, error, onEnter, state }: WhenFieldProps) {
  const common = { id, labelDetail: `of count ${index + 1}`, error, onEnter };
  if (fields.entry === 'date') {
    const waiting = index > 0 && !hasStart(fields);
    return (
      <DateField
        {...common} label={index === 0 ? 'First dose' : 'Date'} value={index === 0 ? fields.start : rowDate(fields.start, row.day)}
        disabled={waiting} hint={waiting ? 'Enter the first dose date first.' : undefined} onValue={(date) => state.setRowDate(index, date)}
      />
    );
  }
  if (fields.entry === 'week') {
    return (
      <NumberField
        {...common} label="Week" value={weekText(row.day)} hint={index === 0 ? 'Whole weeks, or weeks+days: 2+3 is day 17.' : undefined}
        onValue={(text) => state.setRow(index, { day: weeksToDay(text) })}
      />
    );
  }
  return <NumberField {...common} label="Day" inputMode="numeric" value={row.day} onValue={(day) => state.setRow(index, { day })} />;
}
