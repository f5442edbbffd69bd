/**
 * Thresholds in the label tables. Each bound names its kind (lt, le, gt, ge), so whether a threshold is
 * inclusive is visible in the data and can be checked against the label's wording line by line.
 */
import { formatNumber } from '../format/number';

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

/** The bound in symbols: "> 200 and ≤ 400". */
export function boundText(bound: Bound): string {
  return symbols
    .flatMap(([kind, symbol]) => {
      const limit = bound[kind];
      return limit === undefined ? [] : [`${symbol} ${formatNumber(limit, 1)}`];
    })
    .join(' and ');
}
