/**
 * The titration page's one tree, also each titration embed's: the case panel, showing only what the chosen
 * agent reads, and the simulator. One tree, one bundle: the two share one case store.
 */
import type { ReferenceLabels } from '../shared/ui/Citations';
import { TitrationCasePanel } from './TitrationCasePanel';
import { TitrationSimulator } from './TitrationSimulator';

export interface TitrationIslandProps {
  refs: ReferenceLabels;
}

export function TitrationIsland({ refs }: TitrationIslandProps) {
  return (
    <>
      <TitrationCasePanel />
      <TitrationSimulator refs={refs} />
    </>
  );
}
