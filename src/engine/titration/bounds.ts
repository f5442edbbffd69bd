/**
 * Thresholds in the label tables. Each bound names its kind (lt, le, gt, ge), so whether a threshold is
 * inclusive is visible in the data and can be checked against the label's wording line by line.
 */
import { formatNumber, notShown } from '../format/number';
import { finite, optional, record } from '../shape';

export interface Bound {
  readonly lt?: number;
  readonly le?: number;
  readonly gt?: number;
  readonly ge?: number;
}

export function within(value: number, bound: Bound): boolean {
  return (bound.lt === undefined || value < bound.lt)
    && (bound.le === undefined || value <= bound.le)
    && (bound.gt === undefined || value > bound.gt)
    && (bound.ge === undefined || value >= bound.ge);
}

const symbols = [['gt', '>'], ['ge', '≥'], ['lt', '<'], ['le', '≤']] as const;

const isBound = record({ lt: optional(finite), le: optional(finite), gt: optional(finite), ge: optional(finite) });

/** The bound in symbols: "> 200 and ≤ 400"; refused like a number the gate cannot show when it is not a bound. */
export function boundText(bound: Bound): string {
  if (!isBound(bound)) return notShown;
  return symbols
    .flatMap(([kind, symbol]) => {
      const limit = bound[kind];
      return limit === undefined ? [] : [`${symbol} ${formatNumber(limit, 1)}`];
    })
    .join(' and ');
}
