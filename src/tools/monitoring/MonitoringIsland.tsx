/**
 * The monitoring page's one tree: the case panel, showing only what the chosen agent reads, and the
 * schedule. One tree, one bundle: the two share one case store.
 */
import { TitrationCasePanel } from '../titration/TitrationCasePanel';
import type { ReferenceLabels } from '../shared/ui/Citations';
import { MonitoringSchedule } from './MonitoringSchedule';

export interface MonitoringIslandProps {
  refs: ReferenceLabels;
}

export function MonitoringIsland({ refs }: MonitoringIslandProps) {
  return (
    <>
      <TitrationCasePanel />
      <MonitoringSchedule refs={refs} />
    </>
  );
}
