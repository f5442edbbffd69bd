/**
 * The dose calculator's tree, on its page and in its embed: the case panel (the fields in `doseCaseFields`)
 * and the calculator. One tree, one script: the two share one case store.
 */
import { CasePanel } from '../case/CasePanel';
import {
  AgeField, HaemoglobinField, HeightField, HepaticField, PregnantField, RhDField, SplenectomisedField, WeightField,
} from '../case/field-views';
import type { ReferenceLabels } from '../shared/ui/Citations';
import { DoseCalculator } from './DoseCalculator';
import type { DoseHints } from './hints';
import { $doseCaseValues, doseCaseFields } from './state';

export interface DoseViewProps {
  refs: ReferenceLabels;
  hints: DoseHints;
}

const views = {
  age: AgeField, weight: WeightField, height: HeightField, pregnant: PregnantField, hepatic: HepaticField, rhD: RhDField,
  splenectomised: SplenectomisedField, haemoglobin: HaemoglobinField,
};

export function DoseView({ refs, hints }: DoseViewProps) {
  return (
    <>
      <CasePanel fields={doseCaseFields} views={views} values={$doseCaseValues} />
      <DoseCalculator refs={refs} hints={hints} />
    </>
  );
}
