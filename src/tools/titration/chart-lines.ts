/**
 * The count thresholds the chart draws, so the eye can place each count against its label's table. They
 * only shade the picture: every decision is the engine's, and a unit test checks that the engine changes
 * its decision at each of these lines.
 * - Romiplostim, US label: < 50 increase; > 200 twice running decrease; > 400 hold (Nplate US PI §2.2).
 * - Romiplostim, EU SmPC: > 150 twice running decrease; > 250 hold (Nplate EU SmPC §4.2).
 * - Eltrombopag and avatrombopag: < 50 increase; 200 to 400 decrease; > 400 stop (PROMACTA §2.1, DOPTELET §2).
 * - Fostamatinib: < 50 after 4 weeks increase (TAVALISSE §2.1); it has no upper cut-off.
 */
import type { Agent, Ruleset } from '../../engine';

export function countLines(agent: Agent, ruleset: Ruleset): readonly number[] {
  if (agent === 'fostamatinib') return [50];
  return agent === 'romiplostim' && ruleset === 'eu-smpc' ? [50, 150, 250] : [50, 200, 400];
}
