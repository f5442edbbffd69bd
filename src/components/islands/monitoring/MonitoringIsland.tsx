/**
 * The monitoring page's one tree: the case panel, showing only what the chosen agent reads, and the
 * schedule. One tree, one bundle: the two share one case store.
 */
import { useStore } from '@nanostores/preact';
import { $titration } from '../../../stores/titration';
import { titrationCaseFields } from '../../../stores/titration-request';
import { CasePanel } from '../case/CasePanel';
import type { ReferenceLabels } from '../ui/Citations';
import { MonitoringSchedule } from './MonitoringSchedule';

export interface MonitoringIslandProps {
  refs: ReferenceLabels;
}

export function MonitoringIsland({ refs }: MonitoringIslandProps) {
  const { agent } = useStore($titration);
  return (
    <>
      <CasePanel fields={titrationCaseFields(agent)} />
      <MonitoringSchedule refs={refs} />
    </>
  );
}
