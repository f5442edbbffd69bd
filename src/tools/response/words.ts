/** The response categories' names, as the assessor shows them and its quiz offers them. */
import type { ResponseCategory } from '../../engine';

export const categoryNames: Record<ResponseCategory, string> = {
  'complete-response': 'Complete response (CR)',
  response: 'Response (R)',
  'no-response': 'No response (NR)',
};
