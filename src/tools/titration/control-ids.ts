/**
 * The ids the simulator's view gives its controls. The stores name fields ("titration.rows.2.count"); only
 * the view knows the page's markup, so a problem's field becomes a link to its control here.
 */
import { caseControlId } from '../case/control-ids';
import type { TitrationRow } from './fields';
import type { TitrationProblemField } from './request';

export const titrationControlIds = {
  agent: 'titration-agent',
  ruleset: 'titration-ruleset',
  entry: 'titration-entry',
  unit: 'titration-unit',
  eastAsian: 'titration-east-asian',
  cyp: 'titration-cyp',
} as const;

export const rowControlId = (row: number, key: keyof TitrationRow): string => `titration-${key}-${row}`;

const own: Readonly<Record<string, string>> = titrationControlIds;

export function titrationControlId(field: TitrationProblemField): string {
  if (field.startsWith('case.')) return caseControlId(field);
  const [, key = '', row = '', rowKey = ''] = field.split('.');
  if (key === 'rows') return `titration-${rowKey}-${row}`;
  return own[key] ?? titrationControlIds.agent;
}
