/** The response assessor's result for the host page: the category, the reason and the confirming days. */
import type { ResponseAssessment } from '../../engine';
import { problemsOf, type ResultData } from '../shared/results';
import type { ResponseOutcome } from './state';

export type ResponseResult = Pick<ResponseAssessment, 'category' | 'reason' | 'confirmedOnDays'>;

export function responseResult({ result }: ResponseOutcome): ResultData<ResponseResult> {
  if (result.state !== 'assessed') return result.state === 'idle' ? result : problemsOf(result.problems);
  const { category, reason, confirmedOnDays } = result.assessment;
  return { state: 'done', value: { category, reason, ...(confirmedOnDays === undefined ? {} : { confirmedOnDays }) } };
}
