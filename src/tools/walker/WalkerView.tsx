/**
 * The walker with its case panel (the fields in `walkerCaseFields`), as one tree. Compact (`view=compact`)
 * drops the case panel once the case is walked; a case not walked yet keeps it, so that every problem the
 * walker lists links to a field on screen.
 */
import { CasePanel } from '../case/CasePanel';
import { $caseValues } from '../case/case-values';
import { AgeField, BleedingField, CountField, PregnantField } from '../case/field-views';
import { MonthsField, PriorField } from '../case/history-fields';
import { DeliveryField, GestationField } from '../case/pregnancy-fields';
import type { ReferenceLabels } from '../shared/ui/Citations';
import { useStore } from '../shared/ui/use-store';
import { AlgorithmWalker } from './AlgorithmWalker';
import { $walk, $walker, walkerCaseFields } from './state';

export interface WalkerViewProps {
  refs: ReferenceLabels;
  labels: Readonly<Record<string, string>>;
}

const views = {
  age: AgeField, count: CountField, bleeding: BleedingField, months: MonthsField, prior: PriorField, pregnant: PregnantField,
  gestation: GestationField, deliveryPlanned: DeliveryField,
};

export function WalkerView({ refs, labels }: WalkerViewProps) {
  const [walker, outcome] = [useStore($walker), useStore($walk)];
  const compact = walker.view === 'compact' && outcome.state === 'walked';
  return (
    <>
      {/* Hidden rather than left out: the page's first render reuses the build-time HTML, which has the panel. */}
      <div hidden={compact}>
        <CasePanel fields={walkerCaseFields} views={views} heading="The case" values={$caseValues} />
      </div>
      <AlgorithmWalker refs={refs} labels={labels} compact={compact} />
    </>
  );
}
