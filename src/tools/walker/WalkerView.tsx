/** The walker with its case panel (the fields in `walkerCaseFields`), as one tree. */
import { CasePanel } from '../case/CasePanel';
import { AgeField, BleedingField, CountField, PregnantField } from '../case/field-views';
import { MonthsField, PriorField } from '../case/history-fields';
import { DeliveryField, GestationField } from '../case/pregnancy-fields';
import type { ReferenceLabels } from '../shared/ui/Citations';
import { AlgorithmWalker } from './AlgorithmWalker';
import { walkerCaseFields } from './state';

export interface WalkerViewProps {
  refs: ReferenceLabels;
  labels: Readonly<Record<string, string>>;
}

const views = {
  age: AgeField, count: CountField, bleeding: BleedingField, months: MonthsField, prior: PriorField, pregnant: PregnantField,
  gestation: GestationField, deliveryPlanned: DeliveryField,
};

export function WalkerView({ refs, labels }: WalkerViewProps) {
  return (
    <>
      <CasePanel fields={walkerCaseFields} views={views} heading="The case" />
      <AlgorithmWalker refs={refs} labels={labels} />
    </>
  );
}
