/** The ids the response assessor's view gives its controls; the stores name fields ("response.rows.2.day"). */
import type { CountRow, ResponseFieldKey } from './state';

export const responseControlIds = {
  baseline: 'response-baseline',
  unit: 'response-unit',
  bleeding: 'response-bleeding',
} as const;

export const responseRowId = (row: number, key: keyof CountRow): string => `response-${key}-${row}`;

/** "response.rows.2.day" → "response-day-2"; "response.baseline" → "response-baseline". */
export function responseControlId(field: ResponseFieldKey): string {
  const [, key = '', row = '', rowKey = ''] = field.split('.');
  return key === 'rows' ? `response-${rowKey}-${row}` : `response-${key}`;
}
