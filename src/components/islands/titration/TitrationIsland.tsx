/**
 * The titration page's one tree: the case panel, showing only what the chosen agent reads (the weight for
 * romiplostim, the age for all), and the simulator. One tree, one bundle: the two share one case store.
 */
import { useStore } from '@nanostores/preact';
import { $titration } from '../../../stores/titration';
import { titrationCaseFields } from '../../../stores/titration-request';
import { CasePanel } from '../case/CasePanel';
import type { ReferenceLabels } from '../ui/Citations';
import { TitrationSimulator } from './TitrationSimulator';

export interface TitrationIslandProps {
  refs: ReferenceLabels;
}

export function TitrationIsland({ refs }: TitrationIslandProps) {
  const { agent } = useStore($titration);
  return (
    <>
      <CasePanel fields={titrationCaseFields(agent)} />
      <TitrationSimulator refs={refs} />
    </>
  );
}
