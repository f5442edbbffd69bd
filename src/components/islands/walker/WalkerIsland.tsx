/** The walker with its case panel (the fields in `walkerCaseFields`), as one tree. */
import { walkerCaseFields } from '../../../stores/walker';
import { CasePanel } from '../case/CasePanel';
import { caseHistoryParts } from '../case/history-parts';
import type { ReferenceLabels } from '../ui/Citations';
import { AlgorithmWalker } from './AlgorithmWalker';

export interface WalkerIslandProps {
  refs: ReferenceLabels;
  labels: Readonly<Record<string, string>>;
}

export function WalkerIsland({ refs, labels }: WalkerIslandProps) {
  return (
    <>
      <CasePanel fields={walkerCaseFields} heading="The case" history={caseHistoryParts} />
      <AlgorithmWalker refs={refs} labels={labels} />
    </>
  );
}
