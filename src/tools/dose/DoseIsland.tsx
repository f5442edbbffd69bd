/**
 * The dose page's one island: the case panel and the calculator in one tree. One island rather than two
 * keeps the page's JavaScript in fewer chunks, which gzip better (the page has 30 KB in all).
 */
import { CasePanel } from '../case/CasePanel';
import { AgeField, HaemoglobinField, HeightField, PregnantField, RhDField, SplenectomisedField, WeightField } from '../case/field-views';
import { doseCaseFields } from './state';
import type { ReferenceLabels } from '../shared/ui/Citations';
import { DoseCalculator } from './DoseCalculator';

export interface DoseIslandProps {
  refs: ReferenceLabels;
}

const views = {
  age: AgeField, weight: WeightField, height: HeightField, pregnant: PregnantField, rhD: RhDField,
  splenectomised: SplenectomisedField, haemoglobin: HaemoglobinField,
};

export function DoseIsland({ refs }: DoseIslandProps) {
  return (
    <>
      <CasePanel fields={doseCaseFields} views={views} />
      <DoseCalculator refs={refs} />
    </>
  );
}
